<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="38"/>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="52"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="57"/>
        <source>Exported %1 row(s) to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="60"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="64"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 处</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="66"/>
        <source>Some text had to be changed to fit Excel:</source>
        <translation>部分文本为符合 Excel 的限制已作调整：</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="69"/>
        <location filename="../../gui/importer/export_runner.py" line="79"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="73"/>
        <source>control characters removed</source>
        <translation>已删除控制字符</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="74"/>
        <source>text longer than 32,767 characters was cut</source>
        <translation>超过 32,767 个字符的文本已截断</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="78"/>
        <source>The export failed; no file was written.</source>
        <translation>导出失败，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/export_runner.py" line="83"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../gui/importer/file_page.py" line="34"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="35"/>
        <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK). A title above the header row and totals rows are fine.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK 编码）。表头上方的标题行和合计行都可以保留。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="39"/>
        <source>Path of a .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件的路径</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="40"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="50"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="51"/>
        <source>GBK / GB18030 (Chinese Windows)</source>
        <translation>GBK / GB18030（中文 Windows）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="55"/>
        <source>How the CSV file&apos;s text is encoded. Automatic detection refuses a file that is UTF-8 apart from a few invalid bytes instead of guessing; choose the encoding here if you know it.</source>
        <translation>CSV 文件的文字编码。自动识别时，若文件基本是 UTF-8 但夹杂少量无效字节，会拒绝导入而不是猜测；如果您知道文件的编码，请在这里选择。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="63"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="64"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="65"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="79"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../gui/importer/file_page.py" line="80"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../gui/importer/labels.py" line="10"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="11"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="12"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="13"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="14"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>People and units</source>
        <translation>人员与组织</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="17"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="18"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="19"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="20"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="23"/>
        <source>Skip rows that match existing records, create the rest</source>
        <translation>跳过与已有记录重复的行，其余新建</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="25"/>
        <source>Update existing records matched by key, create the rest</source>
        <translation>按关键字段更新已有记录，其余新建</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="27"/>
        <source>Create every row as a new record (even likely duplicates)</source>
        <translation>每一行都新建记录（即使疑似重复）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="32"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="33"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="34"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="35"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="36"/>
        <source>Contact title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="37"/>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="38"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="39"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="40"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="41"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="42"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="43"/>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="44"/>
        <source>Tier set by hand</source>
        <translation>等级手动指定</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="45"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="46"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="47"/>
        <source>Customer since</source>
        <translation>合作开始日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="48"/>
        <source>Last follow-up</source>
        <translation>最近跟进时间</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="49"/>
        <source>Next follow-up</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="50"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="51"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="52"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="53"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="54"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="55"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="56"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="58"/>
        <source>Method</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="59"/>
        <source>Content</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="60"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="61"/>
        <source>Next date</source>
        <translation>下次日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="62"/>
        <source>Deal name</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="63"/>
        <source>Pipeline</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="64"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="65"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="66"/>
        <source>Probability %</source>
        <translation>赢率 %</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="67"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="68"/>
        <source>Closed on</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="69"/>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="70"/>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="71"/>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="72"/>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="73"/>
        <source>Deal ID</source>
        <translation>商机编号</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="74"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="75"/>
        <source>Won/lost</source>
        <translation>赢输状态</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="76"/>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="77"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="78"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="79"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="80"/>
        <source>List price</source>
        <translation>标准价</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="81"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="82"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="83"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="78"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="79"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="80"/>
        <source>Capacity tier</source>
        <translation>能力层级</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="81"/>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py" line="82"/>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Receivables ledger</source>
        <translation>应收台账</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Sign date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Paid date</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Paid amount</source>
        <translation>已回款金额</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Open amount</source>
        <translation>未回款金额</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Payment method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../gui/importer/labels.py"/>
        <source>Disputed</source>
        <translation>争议</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="21"/>
        <source>%1 (new)</source>
        <translation>%1（新建）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="47"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="52"/>
        <source>Owner/admin</source>
        <translation>老板/管理员</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="53"/>
        <source>Sales director</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="54"/>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="55"/>
        <source>Sales rep</source>
        <translation>一线销售</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="56"/>
        <source>Data analyst</source>
        <translation>数据分析岗</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="57"/>
        <source>Novice</source>
        <translation>新手</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="58"/>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="59"/>
        <source>Senior</source>
        <translation>资深</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="80"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py" line="81"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py"/>
        <source>Acceptance bill</source>
        <translation>承兑汇票</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../gui/importer/stored_values.py"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="18"/>
        <source>Text is {length} characters long; at most {limit} fit here.</source>
        <translation>文本长 {length} 个字符，此处最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="21"/>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}”不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="22"/>
        <source>“{value}” is not a valid phone number (expected an 11-digit mobile or a landline such as 021-12345678).</source>
        <translation>“{value}”不是有效的电话号码（应为 11 位手机号，或如 021-12345678 的座机号）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="25"/>
        <source>Second number {number} was added to the notes.</source>
        <translation>第二个号码 {number} 已写入备注。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="26"/>
        <source>Tax rate {value} is outside 0–100%.</source>
        <translation>税率 {value} 超出 0–100% 范围。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="27"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}”不是邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="28"/>
        <source>{value} is not a date.</source>
        <translation>{value} 不是日期。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="29"/>
        <source>Expected a date.</source>
        <translation>应为日期。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="30"/>
        <source>“{value}” is not a real date.</source>
        <translation>“{value}”不是存在的日期。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="31"/>
        <source>“{value}” has no year; write it with the year, e.g. {example}.</source>
        <translation>“{value}”缺少年份，请写上年份，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="34"/>
        <source>“{value}” is not a date (expected e.g. 2024-03-05, 2024/3/5 or 2024年3月5日).</source>
        <translation>“{value}”不是日期（应如 2024-03-05、2024/3/5 或 2024年3月5日）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="37"/>
        <source>Expected an amount.</source>
        <translation>应为金额。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="38"/>
        <source>“{value}” is not an amount yet; left empty.</source>
        <translation>“{value}”还不是金额，已留空。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="39"/>
        <source>“{value}” is not an amount (expected e.g. 1200, ¥1,200.00, 1.2万).</source>
        <translation>“{value}”不是金额（应如 1200、¥1,200.00、1.2万）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="42"/>
        <source>Negative amount {value} is not allowed here.</source>
        <translation>此处不允许负数金额 {value}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="43"/>
        <source>{value} is too large for an amount.</source>
        <translation>{value} 超出金额上限。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="44"/>
        <source>“{value}” is not a percentage.</source>
        <translation>“{value}”不是百分比。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="45"/>
        <source>Probability {value} is outside 0–100%.</source>
        <translation>赢率 {value} 不在 0–100% 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="46"/>
        <source>“{value}” is not a tier (A 大客户, B 普通, C 潜在).</source>
        <translation>“{value}”不是客户分层（A 大客户、B 普通、C 潜在）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="47"/>
        <source>“{value}” is not a follow-up method (拜访, 电话, 微信, 邮件).</source>
        <translation>“{value}”不是跟进方式（拜访、电话、微信、邮件）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="50"/>
        <source>“{value}” is not yes/no (是/否).</source>
        <translation>“{value}”不是“是/否”。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="51"/>
        <source>{field} is required but empty.</source>
        <translation>{field}为必填项，但为空。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="52"/>
        <source>Cell {cell} holds a formula without a saved result; open the file in Excel, save it, and import again.</source>
        <translation>单元格 {cell} 是没有保存计算结果的公式；请用 Excel 打开并保存该文件后再导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="55"/>
        <source>Cell {cell} holds a formula without a saved result; left empty (open the file in Excel and save it to import the value).</source>
        <translation>单元格 {cell} 是没有保存计算结果的公式，已留空（在 Excel 中打开并保存该文件后再导入，即可导入其值）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="58"/>
        <source>Row {row} holds only formulas without a saved result ({cells}); it was skipped. Open the file in Excel, save it, and import again.</source>
        <translation>第 {row} 行只有没有保存计算结果的公式（{cells}），已跳过。请在 Excel 中打开并保存该文件，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="61"/>
        <source>Column {column} “{header}” also matches {field}, which column {first} “{first_header}” already fills; column {column} is not imported.</source>
        <translation>第 {column} 列“{header}”也对应“{field}”，但该字段已由第 {first} 列“{first_header}”填写；第 {column} 列不导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="64"/>
        <source>A TRUE/FALSE cell where text is expected.</source>
        <translation>此处应为文字，却是 TRUE/FALSE（是/否）单元格。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="65"/>
        <source>“{value}” is outside the dates Sailplan accepts ({first} to {last}).</source>
        <translation>“{value}”超出了 Sailplan 接受的日期范围（{first} 至 {last}）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="68"/>
        <source>Control characters (such as NUL) were removed from the text.</source>
        <translation>已从文字中删除控制字符（如 NUL）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="71"/>
        <source>Row {row}: totals row skipped.</source>
        <translation>第 {row} 行：合计行已跳过。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="72"/>
        <source>Merged cell: value copied from the top-left cell.</source>
        <translation>合并单元格：已沿用左上角单元格的值。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="73"/>
        <source>Unknown owner “{value}”; left unassigned.</source>
        <translation>未知负责人“{value}”，暂不分配。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="74"/>
        <source>Unknown pipeline “{value}”; create it in Settings or allow creating missing ones.</source>
        <translation>未知销售流程“{value}”；请在“设置”中创建，或允许新建缺失的流程。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="81"/>
        <source>There is no sales pipeline yet; create one in Settings.</source>
        <translation>还没有销售流程，请先在“设置”中创建。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="82"/>
        <source>The pipeline has no stage “{value}”.</source>
        <translation>该销售流程没有阶段“{value}”。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="83"/>
        <source>Unknown stage “{value}”; map it to a stage or create it.</source>
        <translation>未知阶段“{value}”，请对应到已有阶段或新建。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="84"/>
        <source>No customer named “{value}”; import customers first or allow creating missing customers.</source>
        <translation>没有名为“{value}”的客户；请先导入客户，或允许新建缺失的客户。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="87"/>
        <source>No deal with the id “{value}”; the follow-up is imported without a deal.</source>
        <translation>没有编号为“{value}”的商机；这条跟进记录导入时不关联商机。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="90"/>
        <source>Same as row {row} of this file; skipped.</source>
        <translation>与本文件第 {row} 行重复，已跳过。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="91"/>
        <source>Looks like an existing record; created anyway (mode: create all).</source>
        <translation>疑似已有记录，仍按“全部新建”方式新建。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="94"/>
        <source>Already in Sailplan; skipped.</source>
        <translation>Sailplan 中已存在，已跳过。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="95"/>
        <source>The cell was left empty; the rest of the row is imported.</source>
        <translation>该单元格留空，该行其余内容照常导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="97"/>
        <source>{count} date(s) without a year were read as dates in {year}, the year in the file name.</source>
        <translation>{count} 个没有年份的日期按 {year} 年读取（文件名中的年份）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="100"/>
        <source>{count} date(s) without a year were read as dates in {year}, the year most of the file&apos;s dates carry.</source>
        <translation>{count} 个没有年份的日期按 {year} 年读取（文件中多数日期的年份）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="103"/>
        <source>{count} date(s) without a year were read as dates in {year}, the current year.</source>
        <translation>{count} 个没有年份的日期按 {year} 年读取（今年）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="106"/>
        <source>{count} date(s) without a year were read as dates in {year}.</source>
        <translation>{count} 个没有年份的日期按 {year} 年读取。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="106"/>
        <source>“{value}” is not a role (老板/管理员, 销售总监, 销售经理, 一线销售, 数据分析岗).</source>
        <translation>“{value}”不是角色（老板/管理员、销售总监、销售经理、一线销售、数据分析岗）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="109"/>
        <source>“{value}” is not a capacity tier (新手, 中级, 资深).</source>
        <translation>“{value}”不是能力层级（新手、中级、资深）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="110"/>
        <source>No person named “{value}” in this file or in Sailplan.</source>
        <translation>本文件和 Sailplan 中都没有名为“{value}”的人员。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="111"/>
        <source>Several people are named “{value}”; the manager is not clear.</source>
        <translation>有多人名为“{value}”，无法确定上级。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="113"/>
        <source>“{value}” would manage themselves through their reports (a cycle).</source>
        <translation>“{value}”会经由下级成为自己的上级（循环汇报）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="115"/>
        <source>The left date {left} is before the start date {start}.</source>
        <translation>离职日期 {left} 早于入职日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="116"/>
        <source>text too long</source>
        <translation>文字过长</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="117"/>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="118"/>
        <source>not an e-mail address</source>
        <translation>不是邮箱地址</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="119"/>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="120"/>
        <source>date out of range</source>
        <translation>日期超出范围</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="121"/>
        <source>not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="122"/>
        <source>not a percentage</source>
        <translation>不是百分比</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="123"/>
        <source>not a tier</source>
        <translation>不是客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="124"/>
        <source>not a follow-up method</source>
        <translation>不是跟进方式</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="125"/>
        <source>not yes/no</source>
        <translation>不是“是/否”</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="126"/>
        <source>required but empty</source>
        <translation>必填但为空</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="127"/>
        <source>formula without a saved result</source>
        <translation>公式没有保存的结果</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="128"/>
        <source>TRUE/FALSE where text is expected</source>
        <translation>应为文字却是 TRUE/FALSE</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="129"/>
        <source>unknown pipeline</source>
        <translation>未知的销售流程</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="130"/>
        <source>unknown stage</source>
        <translation>未知的阶段</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="131"/>
        <source>customer not found</source>
        <translation>找不到客户</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="132"/>
        <source>repeats an earlier row</source>
        <translation>与前面的行重复</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="133"/>
        <source>already in Sailplan</source>
        <translation>系统中已存在</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="134"/>
        <source>manager not found</source>
        <translation>找不到上级</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="135"/>
        <source>other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="165"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="168"/>
        <source>%2 (%3)</source>
        <translation>%2（%3）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="77"/>
        <source>No deal name in the file: named “{name}” from its customer, product and date.</source>
        <translation>文件中没有商机名称：已按客户、产品和日期命名为“{name}”。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py" line="80"/>
        <source>“{value}” is not won, lost or open; the stage decides.</source>
        <translation>“{value}”不是赢单、输单或进行中，以阶段为准。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>“{value}” is not an instalment (e.g. 第1期, 2, 3 质保金).</source>
        <translation>“{value}”不是期次（例如 第1期、2、3 质保金）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>“{value}” is not a payment method (银行转账, 承兑汇票, 现金, 微信, 支付宝).</source>
        <translation>“{value}”不是回款方式（银行转账、承兑汇票、现金、微信、支付宝）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>“{value}” is not an invoice status (已开票, 未开票).</source>
        <translation>“{value}”不是开票状态（已开票、未开票）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>Partly invoiced: recorded as not invoiced yet.</source>
        <translation>部分开票：记为未开票。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>The row has no due date (nor a sign or invoice date to use instead).</source>
        <translation>该行没有到期日（也没有可代替的签订日期或开票日期）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>Contract {number} is written for another customer, “{value}”, in row {row}; a contract has one customer.</source>
        <translation>合同 {number} 在第 {row} 行写的是另一个客户“{value}”；一份合同只能有一个客户。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>“{value}” read as “{name}”, the customer of contract {number} in row {row}.</source>
        <translation>“{value}”按第 {row} 行合同 {number} 的客户“{name}”读取。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>The instalments of contract {number} add up to {sum}, not its contract amount {amount}.</source>
        <translation>合同 {number} 各期合计 {sum}，与合同金额 {amount} 不符。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>Contract {number} has instalment {seq} twice (row {row}).</source>
        <translation>合同 {number} 的第 {seq} 期出现了两次（第 {row} 行）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>Row {row} of contract {number} has an error; a contract is imported whole or not at all.</source>
        <translation>合同 {number} 的第 {row} 行有错误；一份合同要么整体导入，要么不导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>Contract {number} is already in Sailplan; skipped.</source>
        <translation>合同 {number} 已在 Sailplan 中；已跳过。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>A paid amount without a date: recorded as received on {date}.</source>
        <translation>有已回款金额但没有日期：按 {date} 到账记录。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>The open amount {open} is more than the amount {amount}.</source>
        <translation>未回款金额 {open} 大于应收金额 {amount}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>Paid {paid}, more than the amount {amount}: the rest is kept as the customer&apos;s credit.</source>
        <translation>已回款 {paid}，超过应收金额 {amount}：多出部分记为客户余额。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/problem_texts.py"/>
        <source>the contract&apos;s rows disagree</source>
        <translation>合同各行不一致</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <location filename="../../gui/importer/import_step.py" line="91"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_step.py" line="92"/>
        <source>Redoing the import…</source>
        <translation>正在重做导入…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="63"/>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="67"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="106"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="150"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/importer/import_wizard.py" line="185"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="199"/>
        <source>%1 row(s) have errors and will not be imported. Import the other rows?</source>
        <translation>有 %1 行存在错误，不会导入。是否导入其余各行？</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="208"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="215"/>
        <source>Import %1 from %2</source>
        <translation>从 %2 导入%1</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="223"/>
        <source>The import failed and nothing was written.</source>
        <translation>导入失败，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="228"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="271"/>
        <source>Load mapping</source>
        <translation>载入列对应</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="280"/>
        <source>Column “%1” (%2) is not in this file.</source>
        <translation>本文件没有列“%1”（%2）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="283"/>
        <source>“%1” (column “%2”) is not a field of a %3 import.</source>
        <translation>“%1”（列“%2”）不是%3导入的字段。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="288"/>
        <source>Loaded %1; not applied:</source>
        <translation>已载入 %1；以下未应用：</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="292"/>
        <source>Mapping loaded from %1</source>
        <translation>已从 %1 载入列对应</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="299"/>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="309"/>
        <source>Saved %1 rejected row(s) to %2</source>
        <translation>已将 %1 个被拒绝的行保存到 %2</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="246"/>
        <source>Save mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="248"/>
        <location filename="../../gui/importer/import_wizard.py" line="272"/>
        <source>Column mapping (*.json)</source>
        <translation>列对应文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="255"/>
        <source>The mapping could not be saved: %1</source>
        <translation>列对应未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../gui/importer/import_wizard.py" line="258"/>
        <source>Mapping saved to %1</source>
        <translation>列对应已保存到 %1</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../gui/importer/mapping_model.py" line="54"/>
        <source>— ignore —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_model.py" line="67"/>
        <source>Column in file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_model.py" line="67"/>
        <source>Imports into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_model.py" line="68"/>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_model.py" line="83"/>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../gui/importer/mapping_page.py" line="29"/>
        <source>Match columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_page.py" line="30"/>
        <source>Columns were matched by their headers. Change any match by clicking it; fields marked * are required.</source>
        <translation>已按表头自动对应各列。单击即可修改；带 * 的字段为必填。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_page.py" line="45"/>
        <source>Load mapping…</source>
        <translation>载入列对应…</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_page.py" line="48"/>
        <source>Match the columns as a mapping file saved earlier says</source>
        <translation>按之前保存的列对应文件匹配各列</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_page.py" line="75"/>
        <source>Still needed: %1</source>
        <translation>仍需对应：%1</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_page.py" line="39"/>
        <source>Save mapping…</source>
        <translation>保存列对应…</translation>
    </message>
    <message>
        <location filename="../../gui/importer/mapping_page.py" line="42"/>
        <source>Save these matches to a file, to import files of this shape from the command line: sailplan import … --mapping FILE</source>
        <translation>把这些对应关系保存到文件，以后在命令行导入同样格式的文件：sailplan import … --mapping 文件</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../gui/importer/preview_model.py" line="80"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_model.py" line="82"/>
        <source>Status</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_model.py" line="84"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_model.py" line="157"/>
        <source>This column is not imported.</source>
        <translation>此列不导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_model.py" line="159"/>
        <source>In the file: %1</source>
        <translation>文件中的值：%1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../gui/importer/preview_page.py" line="37"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Red cells will not import, yellow cells are imported with a note. Hover a cell to read why. Nothing is saved until you press Import.</source>
        <translation type="vanished">红色单元格无法导入，黄色单元格会导入并附说明。鼠标悬停可查看原因。按下“导入”之前不会保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py" line="38"/>
        <source>Cells show what will be stored; hover a cell for the value in the file. Red cells will not import, yellow cells are imported with a note. Nothing is saved until you press Import.</source>
        <translation>单元格显示将要保存的值；鼠标悬停可查看文件中的原值。红色单元格不会导入，黄色单元格会导入并附说明。按“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py" line="48"/>
        <source>Only rows with problems</source>
        <translation>只看有问题的行</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py" line="71"/>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py" line="80"/>
        <source>Mode:</source>
        <translation>方式：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/importer/preview_page.py" line="129"/>
        <source>%n date(s) have no year (such as 3月15日). Read them as dates in</source>
        <translation>
            <numerusform>有 %n 个日期没有年份（如 3月15日）。按以下年份读取：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py" line="134"/>
        <source>(proposed: %1)</source>
        <translation>（建议：%1）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py" line="136"/>
        <source>(the year in the file name)</source>
        <translation>（文件名中的年份）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py" line="138"/>
        <source>(the year most of the file&apos;s dates carry)</source>
        <translation>（文件中多数日期的年份）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py" line="140"/>
        <source>(the current year)</source>
        <translation>（今年）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/importer/preview_page.py" line="157"/>
        <source>Imported with %n cell(s) left empty: %1</source>
        <translation>
            <numerusform>导入时有 %n 个单元格留空：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py"/>
        <source>Ledger date:</source>
        <translation>台账日期：</translation>
    </message>
    <message>
        <location filename="../../gui/importer/preview_page.py"/>
        <source>a paid amount without a date was received on its due date, or on this date if that is earlier</source>
        <translation>没有日期的已回款金额按到期日到账记录；若本日期更早，则按本日期记录</translation>
    </message>
</context>
<context>
    <name>ResolveModel</name>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="42"/>
        <source>Leave unassigned</source>
        <translation>暂不分配</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="43"/>
        <source>Create person “%1”</source>
        <translation>新建人员“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="47"/>
        <source>Not mapped (rows rejected)</source>
        <translation>不对应（相关行被拒绝）</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="48"/>
        <source>Create stage “%1”</source>
        <translation>新建阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="70"/>
        <source>Value in file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="70"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="70"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="71"/>
        <source>Use</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="88"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_model.py" line="88"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>ResolvePage</name>
    <message>
        <location filename="../../gui/importer/resolve_page.py" line="22"/>
        <source>Unknown people and stages</source>
        <translation>未知的人员和阶段</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_page.py" line="23"/>
        <source>These values are not in Sailplan yet. Map each to an existing one, create it, or leave it.</source>
        <translation>以下值在 Sailplan 中还不存在。请为每一项选择对应的已有项、新建，或暂不处理。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/importer/resolve_page.py" line="55"/>
        <source>Create the %n customer(s) that do not exist yet</source>
        <translation>
            <numerusform>新建尚不存在的 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_page.py" line="59"/>
        <source>Every owner and stage in the file is known.</source>
        <translation>文件中的负责人和阶段都已存在。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/resolve_page.py" line="48"/>
        <source>Create the %1 customer(s) and %2 pipeline(s) that do not exist yet (with the stages the file names)</source>
        <translation>新建尚不存在的 %1 个客户和 %2 个销售流程（含文件中出现的阶段）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/importer/resolve_page.py" line="52"/>
        <source>Create the %n pipeline(s) that do not exist yet (with the stages the file names)</source>
        <translation>
            <numerusform>新建尚不存在的 %n 个销售流程（含文件中出现的阶段）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../gui/importer/result_page.py" line="22"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../gui/importer/result_page.py" line="30"/>
        <source>Save the rejected rows to a workbook: it has the file&apos;s columns and a Problem column, so you can fix the rows and import that file again.</source>
        <translation>可将被拒绝的行保存为工作簿：它包含原文件的各列和一列“问题”，改正后可再次导入该文件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/result_page.py" line="33"/>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../gui/importer/result_page.py" line="36"/>
        <source>The whole import is one step in Edit → Undo (Ctrl+Z).</source>
        <translation>整个导入是“编辑 → 撤销”（Ctrl+Z）中的一步。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/result_page.py" line="53"/>
        <source>Created %1, updated %2, skipped %3, rejected %4.</source>
        <translation>新建 %1，更新 %2，跳过 %3，拒绝 %4。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/importer/result_page.py" line="59"/>
        <source>%n row(s) skipped: %1</source>
        <translation>
            <numerusform>跳过 %n 行：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/importer/result_page.py" line="63"/>
        <source>%n row(s) not imported because of errors: %1</source>
        <translation>
            <numerusform>%n 行因错误未导入：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/importer/result_page.py" line="67"/>
        <source>%n cell(s) left empty, their rows imported: %1</source>
        <translation>
            <numerusform>%n 个单元格留空，所在行已导入：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, updated %2, skipped %3, rejected %4.

The whole import is one step in Edit → Undo (Ctrl+Z).</source>
        <translation type="vanished">新建 %1，更新 %2，跳过 %3，拒绝 %4。

整个导入可通过“编辑 → 撤销”（Ctrl+Z）一步撤销。</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="18"/>
        <source>The file is empty: no header row was found.</source>
        <translation>文件是空的：没有找到表头行。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="19"/>
        <source>No column is mapped to the required field(s): {fields}. Columns found: {columns}.</source>
        <translation>没有任何列对应必填字段：{fields}。文件中的列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="22"/>
        <source>{file} needs more memory than one import may use ({limit} MB); it was not imported. Split the file and import the parts.</source>
        <translation>{file} 需要的内存超过一次导入允许的上限（{limit} MB），未导入。请拆分文件后分别导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="25"/>
        <source>Reading {file} stopped unexpectedly (exit code {code}); the file was not imported.</source>
        <translation>读取 {file} 时意外中止（退出码 {code}），文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="28"/>
        <source>Reading {file} took longer than {limit} s of CPU time; it was not imported. Split the file and import the parts.</source>
        <translation>读取 {file} 用时超过 {limit} 秒 CPU 时间，未导入。请拆分文件后分别导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="31"/>
        <source>The spreadsheet reader crashed on {file} (signal {signal}); the file was not imported (the app is unaffected). Open it in Excel or WPS, save it again, and retry.</source>
        <translation>表格读取程序在读取 {file} 时崩溃（信号 {signal}），文件未导入（本程序不受影响）。请用 Excel 或 WPS 打开并重新保存后再试。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="34"/>
        <source>The file reader could not be started ({detail}); nothing was imported.</source>
        <translation>无法启动文件读取程序（{detail}），未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="37"/>
        <source>{file} could not be read ({detail}); it was not imported.</source>
        <translation>无法读取 {file}（{detail}），未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="38"/>
        <source>The CSV file is {encoding} text, but byte {offset} (line {line}, 0x{byte}) is not valid {encoding}; nothing was imported. Correct that character, save the file again as “CSV UTF-8”, or choose the file&apos;s encoding explicitly.</source>
        <translation>该 CSV 文件是 {encoding} 文本，但第 {offset} 字节（第 {line} 行，0x{byte}）不是有效的 {encoding}，未导入任何内容。请改正该字符并另存为“CSV UTF-8”，或明确选择文件的编码。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="41"/>
        <source>The CSV file is neither UTF-8 nor GBK text (the first byte that is not UTF-8 is byte {offset}, line {line}); save it from Excel as “CSV UTF-8” and import again, or choose its encoding explicitly.</source>
        <translation>该 CSV 文件既不是 UTF-8 也不是 GBK 文本（第一个非 UTF-8 字节是第 {offset} 字节，第 {line} 行）。请在 Excel 中另存为“CSV UTF-8”后再导入，或明确选择其编码。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="44"/>
        <source>Unknown encoding “{encoding}”; use one of {known}.</source>
        <translation>未知的编码“{encoding}”，请使用以下之一：{known}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="45"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="46"/>
        <source>Old .xls workbooks are not supported; open the file in Excel or WPS and save it as .xlsx, then import that.</source>
        <translation>不支持旧版 .xls 工作簿。请用 Excel 或 WPS 打开并另存为 .xlsx，再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="49"/>
        <source>{file}: only .xlsx and .csv files can be imported.</source>
        <translation>{file}：只能导入 .xlsx 和 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="50"/>
        <source>{file} is {mb} MB; at most {limit} MB can be imported at once.</source>
        <translation>{file} 有 {mb} MB，一次最多可导入 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="53"/>
        <source>{file} could not be read ({detail}).</source>
        <translation>无法读取 {file}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="54"/>
        <source>{file} could not be read as a workbook ({detail}).</source>
        <translation>无法将 {file} 作为工作簿读取（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="55"/>
        <source>The CSV file is malformed near row {row}: {detail}.</source>
        <translation>该 CSV 文件在第 {row} 行附近格式有误：{detail}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="56"/>
        <source>The file has more than {limit} rows; split it and import the parts.</source>
        <translation>文件超过 {limit} 行，请拆分后分别导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="59"/>
        <source>Row {row} has {columns} columns; at most {limit} are supported.</source>
        <translation>第 {row} 行有 {columns} 列，最多支持 {limit} 列。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="62"/>
        <source>The file holds more than {limit} characters of text; split it and import the parts.</source>
        <translation>文件中的文字超过 {limit} 个字符，请拆分后分别导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="65"/>
        <source>Row {row} holds a cell of more than {chars} characters; at most {limit} fit in one cell. The file was not imported.</source>
        <translation>第 {row} 行有一个单元格超过 {chars} 个字符，一个单元格最多 {limit} 个字符。文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="68"/>
        <source>Row {row}, column {column} holds {chars} characters; at most {limit} fit in one cell. The file was not imported.</source>
        <translation>第 {row} 行第 {column} 列有 {chars} 个字符，一个单元格最多 {limit} 个字符。文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="71"/>
        <source>The workbook has no sheet named “{sheet}”.</source>
        <translation>工作簿中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="72"/>
        <source>The workbook has {parts} parts (limit {limit}); it is not a normal spreadsheet and was not imported.</source>
        <translation>该工作簿包含 {parts} 个部件（上限 {limit}），不是正常的电子表格，未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="75"/>
        <source>The workbook holds two parts with the same name (readers would disagree on which one counts); it was not imported.</source>
        <translation>该工作簿包含两个同名部件（不同程序对以哪个为准会有分歧），未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="78"/>
        <source>The part {part} is larger than in any real spreadsheet; the file was not imported.</source>
        <translation>部件 {part} 比任何正常电子表格中的都大，文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="81"/>
        <source>The sheet spans {rows} rows × {columns} columns, more than the {limit} cells one import can hold.</source>
        <translation>该工作表范围为 {rows} 行 × {columns} 列，超过一次导入可容纳的 {limit} 个单元格。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="84"/>
        <source>Reading the sheet would take about {mb} MB of memory (at most {limit} MB); split the file and import the parts.</source>
        <translation>读取该工作表约需 {mb} MB 内存（上限 {limit} MB），请拆分文件后分别导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="87"/>
        <source>The workbook has no sheet number {number}.</source>
        <translation>工作簿中没有第 {number} 个工作表。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="88"/>
        <source>The workbook would expand to more than {mb} MB when unpacked (a zip bomb or an unusually large file); it was not imported.</source>
        <translation>该工作簿解压后将超过 {mb} MB（压缩炸弹或异常大的文件），未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="91"/>
        <source>The part {part} is {mb} MB, far larger than in real spreadsheets; the file was not imported.</source>
        <translation>部件 {part} 有 {mb} MB，远大于正常电子表格，文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="94"/>
        <source>The part {part} is not valid XML; the file was not imported.</source>
        <translation>部件 {part} 不是有效的 XML，文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="97"/>
        <source>{file} is not a readable .xlsx workbook ({detail}).</source>
        <translation>{file} 不是可读取的 .xlsx 工作簿（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="98"/>
        <source>{file} is not an Excel workbook (no {part}).</source>
        <translation>{file} 不是 Excel 工作簿（缺少 {part}）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="99"/>
        <source>{file} contains no worksheet.</source>
        <translation>{file} 中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="100"/>
        <source>{file} is protected with a password (or is an old .xls workbook renamed to .xlsx); open it in Excel or WPS, remove the password or save it as .xlsx, and import again.</source>
        <translation>{file} 设有打开密码（或是改名为 .xlsx 的旧版 .xls 工作簿）。请用 Excel 或 WPS 打开，取消密码或另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="103"/>
        <source>{file} is damaged: the sheet “{sheet}” has no data part.</source>
        <translation>{file} 已损坏：工作表“{sheet}”没有数据部件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="104"/>
        <source>{file} has two shared-string tables; it is not a normal spreadsheet and was not imported.</source>
        <translation>{file} 有两个共享字符串表，不是正常的电子表格，未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="107"/>
        <source>The part {part} is compressed {ratio}:1, far beyond real spreadsheets (a zip bomb); the file was not imported.</source>
        <translation>部件 {part} 的压缩比为 {ratio}:1，远超正常电子表格（压缩炸弹），文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="110"/>
        <source>The sheet holds more than {limit} characters of text ({chars} counted so far), more than one import can hold; it was not imported. Split the file, or remove very long texts.</source>
        <translation>该工作表的文字超过 {limit} 个字符（已统计 {chars} 个），超出一次导入的容量，未导入。请拆分文件或删除过长的文字。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="113"/>
        <source>The part {part} is not valid XML ({detail}); the file was not imported.</source>
        <translation>部件 {part} 不是有效的 XML（{detail}），文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="116"/>
        <source>The sheet has a cell reference “{ref}” that is not a cell address; the file is damaged and was not imported.</source>
        <translation>工作表中的单元格引用“{ref}”不是单元格地址；文件已损坏，未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="119"/>
        <source>Cell {cell} holds {chars}+ characters; Excel cells hold at most {limit}. The file was not written by Excel and was not imported.</source>
        <translation>单元格 {cell} 有 {chars} 个以上字符，Excel 单元格最多 {limit} 个字符。该文件不是 Excel 写出的，未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="122"/>
        <source>The sheet has {rows} rows; Sailplan imports at most {limit} rows per file. Split the file and import the parts.</source>
        <translation>该工作表有 {rows} 行，每个文件最多导入 {limit} 行。请拆分文件后分别导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="125"/>
        <source>The sheet uses {columns} columns; at most {limit} are supported. Delete the unused columns and try again.</source>
        <translation>该工作表用到 {columns} 列，最多支持 {limit} 列。请删除不用的列后再试。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="128"/>
        <source>More than {limit} cells hold a formula without a saved result; open the file in Excel, save it, and import again.</source>
        <translation>超过 {limit} 个单元格的公式没有保存的结果。请用 Excel 打开并保存后再导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="131"/>
        <source>The sheet has more merged cells than one import can hold (at most {ranges} merged ranges of {cells} cells in all); it was not imported.</source>
        <translation>该工作表的合并单元格超出一次导入的容量（最多 {ranges} 个合并区域、共 {cells} 个单元格），未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="134"/>
        <source>The part {part} declares XML entities or a DTD, which spreadsheets never need (a &apos;billion laughs&apos; or XXE attack); the file was not imported.</source>
        <translation>部件 {part} 声明了 XML 实体或 DTD，电子表格从不需要它们（“十亿笑”或 XXE 攻击），文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="137"/>
        <source>The workbook is damaged ({detail}); it was not imported.</source>
        <translation>工作簿已损坏（{detail}），未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="138"/>
        <source>The sheet has more than {limit} cells, more than one import can hold; it was not imported.</source>
        <translation>该工作表超过 {limit} 个单元格，超出一次导入的容量，未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="141"/>
        <source>The sheet has more than {limit} cells (empty ones included), more than one import can hold; it was not imported.</source>
        <translation>该工作表超过 {limit} 个单元格（含空单元格），超出一次导入的容量，未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="144"/>
        <source>The workbook holds more than {limit} different texts; it is not a normal spreadsheet and was not imported.</source>
        <translation>该工作簿包含超过 {limit} 段不同的文字，不是正常的电子表格，未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="148"/>
        <source>There is no field “{field}” in a {kind} import. Fields: {names}.</source>
        <translation>{kind} 导入中没有字段“{field}”。可用字段：{names}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="150"/>
        <source>The file has no column “{column}”. Columns: {columns}.</source>
        <translation>文件中没有列“{column}”。现有列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="151"/>
        <source>--map “{value}”: write FIELD=COLUMN, e.g. --map &quot;商机名称=Opportunity ID&quot;.</source>
        <translation>--map “{value}”：请写成 字段=列，例如 --map &quot;商机名称=Opportunity ID&quot;。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="154"/>
        <source>{name} is not a mapping file (too large).</source>
        <translation>{name} 不是列对应文件（文件过大）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="155"/>
        <source>The mapping file {name} cannot be read: {reason}</source>
        <translation>无法读取列对应文件 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="156"/>
        <source>{name} is not a Sailplan import mapping (it needs &quot;sailplan_import_mapping&quot;: 1 and &quot;columns&quot;).</source>
        <translation>{name} 不是 Sailplan 的导入列对应文件（需要有 &quot;sailplan_import_mapping&quot;: 1 和 &quot;columns&quot;）。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="159"/>
        <source>{name} maps a {theirs} import, not {kind}.</source>
        <translation>{name} 是 {theirs} 导入的列对应，不是 {kind} 导入的。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="160"/>
        <source>{name}: the field of column “{column}” must be a text or null.</source>
        <translation>{name}：列“{column}”对应的字段必须是文字或 null。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="163"/>
        <source>{count} row(s) have errors; nothing was imported.</source>
        <translation>有 {count} 行存在错误；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="164"/>
        <source>The database changed since the file was checked: {count} row(s) now have errors; nothing was imported. Check the file again.</source>
        <translation>检查文件之后数据库已有变化：现在有 {count} 行存在错误；未导入任何数据。请重新检查文件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="167"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="168"/>
        <source>The import cannot be undone: records added since then refer to what it created (undo or delete those first). Nothing was changed.</source>
        <translation>无法撤销这次导入：之后新增的记录引用了这次导入创建的数据（请先撤销或删除那些记录）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="172"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="173"/>
        <source>{file}: export to .xlsx or .csv.</source>
        <translation>{file}：只能导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="174"/>
        <source>Only {kinds} can be exported.</source>
        <translation>只能导出以下类型：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="175"/>
        <source>Sailplan may not write to {folder}; no file was written. Choose another folder.</source>
        <translation>Sailplan 没有写入 {folder} 的权限；未写入任何文件。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="178"/>
        <source>The folder {folder} does not exist; no file was written.</source>
        <translation>文件夹 {folder} 不存在；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="179"/>
        <source>{file} is a folder; no file was written. Give a file name.</source>
        <translation>{file} 是一个文件夹；未写入任何文件。请填写文件名。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="181"/>
        <source>{file} could not be written ({detail}); no file was written.</source>
        <translation>无法写入 {file}（{detail}）；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="186"/>
        <source>The disk holding {where} is full; nothing was saved. Free some space and try again.</source>
        <translation>{where} 所在的磁盘已满；未保存任何数据。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="189"/>
        <source>The disk holding {where} is full; nothing was changed. Free some space and try again.</source>
        <translation>{where} 所在的磁盘已满；未做任何更改。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/importer/error_texts.py" line="192"/>
        <source>The disk holding {where} is full; no file was written. Free some space and try again.</source>
        <translation>{where} 所在的磁盘已满；未写入任何文件。请腾出一些空间后重试。</translation>
    </message>
</context>
</TS>
