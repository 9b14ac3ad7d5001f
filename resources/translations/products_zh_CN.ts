<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="43"/>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="43"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="46"/>
        <source>optional, unique, e.g. QF-HW-100</source>
        <translation>可选，不可重复，例如 QF-HW-100</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="55"/>
        <source>choose or type a new line</source>
        <translation>选择或输入新的产品线</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="58"/>
        <source>台, 套, 年, 人天…</source>
        <translation>台、套、年、人天…</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="62"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="67"/>
        <source>Offered for new deal lines</source>
        <translation>可用于新的商机产品明细</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="70"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="71"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="72"/>
        <source>Product line:</source>
        <translation>产品线：</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="73"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="74"/>
        <source>List price (¥):</source>
        <translation>标准价（¥）：</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="75"/>
        <source>Tax rate:</source>
        <translation>税率：</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="76"/>
        <source>Cost (¥):</source>
        <translation>成本（¥）：</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="77"/>
        <source>Active:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <location filename="../../gui/products/product_dialog.py" line="105"/>
        <source>Prices and costs must be numbers of yuan, e.g. 12800, and not negative.</source>
        <translation>价格和成本须为以元计的数字（例如 12800），且不能为负数。</translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message>
        <location filename="../../gui/products/settings_section.py" line="53"/>
        <source>Products</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="64"/>
        <source>Search name, code or line</source>
        <translation>搜索名称、编码或产品线</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="69"/>
        <location filename="../../gui/products/settings_section.py" line="125"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="70"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="71"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="83"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="84"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="85"/>
        <source>Rename line…</source>
        <translation>重命名产品线…</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="86"/>
        <source>Rename the chosen product line on every product</source>
        <translation>在所有产品上重命名所选产品线</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="87"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="88"/>
        <source>Import products from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入产品</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="91"/>
        <source>Line:</source>
        <translation>产品线：</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="115"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="116"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="117"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="118"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="119"/>
        <source>List price</source>
        <translation>标准价</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="120"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="121"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="122"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="124"/>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="126"/>
        <source>Offered for new deal lines</source>
        <translation>可用于新的商机产品明细</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="127"/>
        <source>Not offered for new deal lines</source>
        <translation>已停用：不再用于新的商机产品明细</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="145"/>
        <source>All lines</source>
        <translation>全部产品线</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="148"/>
        <source>(no line)</source>
        <translation>（无产品线）</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="167"/>
        <source>%1 of %2 products</source>
        <translation>显示 %1 个，共 %2 个产品</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="197"/>
        <source>Add product %1</source>
        <translation>新增产品 %1</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="214"/>
        <source>Edit product %1</source>
        <translation>编辑产品 %1</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="220"/>
        <source>Reactivate product %1</source>
        <translation>重新启用产品 %1</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="221"/>
        <source>Deactivate product %1</source>
        <translation>停用产品 %1</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="232"/>
        <source>Choose a product line in the filter first.</source>
        <translation>请先在筛选中选择一个产品线。</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="234"/>
        <source>Rename line</source>
        <translation>重命名产品线</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="235"/>
        <source>New name of the product line “%1”:</source>
        <translation>产品线“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/products/settings_section.py" line="239"/>
        <source>Rename product line %1</source>
        <translation>重命名产品线 %1</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/products/error_texts.py" line="10"/>
        <source>A product name can be at most {limit} characters long.</source>
        <translation>产品名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="11"/>
        <source>A product code can be at most {limit} characters long.</source>
        <translation>产品编码最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="12"/>
        <source>A unit can be at most {limit} characters long.</source>
        <translation>单位最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="13"/>
        <source>A product line name can be at most {limit} characters long.</source>
        <translation>产品线名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="15"/>
        <source>The list price cannot be negative.</source>
        <translation>标准价不能为负数。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="16"/>
        <source>The cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="17"/>
        <source>A line&apos;s price cannot be negative.</source>
        <translation>明细单价不能为负数。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="18"/>
        <source>Prices and costs must be numbers of yuan.</source>
        <translation>价格和成本须为以元计的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="19"/>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>税率须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="20"/>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>折扣须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="21"/>
        <source>“{value}” is not a percentage.</source>
        <translation>“{value}”不是百分比。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="22"/>
        <source>This product no longer exists.</source>
        <translation>该产品已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="23"/>
        <source>A product needs a name.</source>
        <translation>产品需要名称。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="24"/>
        <source>The code {code} is already used by {name}.</source>
        <translation>编码 {code} 已被产品“{name}”使用。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="25"/>
        <source>There is no product line called {line}.</source>
        <translation>没有名为“{line}”的产品线。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="26"/>
        <source>Quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../gui/products/error_texts.py" line="27"/>
        <source>That product does not exist.</source>
        <translation>该产品不存在。</translation>
    </message>
</context>
</TS>
