"""Word pools the demo firm is built from: places, company-name parts, people, texts.

Every pool is a tuple so that a given seed always picks the same words in the same order.
"""

from __future__ import annotations

from services.pipeline.settings import DEFAULT_LOST_REASONS

COMPANY_NAME = "上海启帆智能科技有限公司"

# Region unit name → (cities, province of each city).
REGION_CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "华东大区": (("上海", "上海市"), ("杭州", "浙江省"), ("苏州", "江苏省"), ("南京", "江苏省"),
              ("宁波", "浙江省"), ("合肥", "安徽省"), ("无锡", "江苏省")),
    "华南大区": (("广州", "广东省"), ("深圳", "广东省"), ("东莞", "广东省"), ("佛山", "广东省"),
              ("厦门", "福建省"), ("福州", "福建省")),
    "华北大区": (("北京", "北京市"), ("天津", "天津市"), ("石家庄", "河北省"), ("济南", "山东省"),
              ("青岛", "山东省"), ("太原", "山西省")),
}

DISTRICTS = ("高新区", "经开区", "新区", "滨江区", "开发区", "工业园区", "城南区", "城北区",
             "中心区")
STREETS = ("科技路", "创业大道", "人民路", "解放路", "建设路", "中山路", "长江路", "工业大道",
           "学府路", "文化路", "金融街", "滨河路", "迎宾大道", "兴业路")

# Brand syllables with their pinyin (used for e-mail domains and websites).
BRAND_FIRST = (("恒", "heng"), ("华", "hua"), ("金", "jin"), ("瑞", "rui"), ("德", "de"),
               ("宏", "hong"), ("鑫", "xin"), ("博", "bo"), ("天", "tian"), ("中", "zhong"),
               ("海", "hai"), ("正", "zheng"), ("东", "dong"), ("新", "xin"), ("永", "yong"),
               ("盛", "sheng"), ("嘉", "jia"), ("鼎", "ding"), ("广", "guang"), ("安", "an"),
               ("佳", "jia"), ("联", "lian"), ("凯", "kai"), ("卓", "zhuo"), ("明", "ming"),
               ("汇", "hui"), ("信", "xin"), ("康", "kang"), ("远", "yuan"), ("力", "li"),
               ("飞", "fei"), ("云", "yun"), ("星", "xing"), ("创", "chuang"), ("锦", "jin"),
               ("润", "run"), ("泰", "tai"), ("祥", "xiang"), ("昌", "chang"), ("利", "li"))
BRAND_SECOND = (("信", "xin"), ("泰", "tai"), ("达", "da"), ("丰", "feng"), ("源", "yuan"),
                ("润", "run"), ("通", "tong"), ("远", "yuan"), ("兴", "xing"), ("诚", "cheng"),
                ("昌", "chang"), ("科", "ke"), ("邦", "bang"), ("安", "an"), ("和", "he"),
                ("辉", "hui"), ("隆", "long"), ("顺", "shun"), ("发", "fa"), ("捷", "jie"),
                ("德", "de"), ("宇", "yu"), ("星", "xing"), ("华", "hua"), ("盛", "sheng"),
                ("航", "hang"), ("创", "chuang"), ("峰", "feng"), ("威", "wei"), ("朗", "lang"),
                ("凯", "kai"), ("瑞", "rui"), ("森", "sen"), ("佳", "jia"), ("磊", "lei"))
# A few brands carry Latin letters; their near-duplicates use full-width letters.
LATIN_BRANDS = ("ABC", "TCK", "HMT", "QX", "ZDE", "KSN", "BRT", "MK", "DLX", "VIS")

# Industry → business words that follow the brand in a company name.
INDUSTRIES: dict[str, tuple[str, ...]] = {
    "制造业": ("精密机械", "电子科技", "模具", "新材料", "汽车配件", "五金制品", "自动化设备",
            "包装材料", "塑胶制品"),
    "零售": ("商贸", "百货", "超市连锁", "便利店", "电子商务", "服饰", "家居用品"),
    "医疗": ("医疗器械", "生物科技", "医药", "健康管理", "口腔医院", "体检中心"),
    "教育": ("教育科技", "职业培训学校", "文化传播", "教育咨询"),
    "信息技术": ("信息技术", "软件", "网络科技", "数据服务", "云计算"),
    "物流": ("物流", "供应链管理", "快运", "仓储服务", "国际货运代理"),
    "餐饮": ("餐饮管理", "食品", "餐饮连锁", "酒店管理"),
    "建筑": ("建筑工程", "装饰工程", "建材", "市政工程", "钢结构工程"),
    "能源": ("新能源", "电力设备", "光伏科技", "节能技术"),
    "农业": ("农业科技", "生态农业", "种业"),
}
INDUSTRY_WEIGHTS = (24, 14, 9, 6, 12, 11, 7, 9, 5, 3)

# (suffix, weight). Variants of the same firm differ only here, on purpose.
SUFFIXES = (("有限公司", 72), ("股份有限公司", 14), ("有限责任公司", 9), ("集团有限公司", 5))

SOURCES = ("展会", "转介绍", "官网", "电话营销", "老客户推荐", "渠道")
SOURCE_WEIGHTS = (18, 20, 22, 16, 14, 10)

TAGS = ("重点客户", "高意向", "价格敏感", "决策链长", "上市公司", "国企背景", "需要演示",
        "年底预算", "招投标", "多分支机构", "外资企业", "付款及时")

SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "邓", "冯",
            "韩", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蒋", "蔡", "余")
GIVEN_CHARS = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
               "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "文", "辉", "鑫", "婷",
               "宇", "浩", "凯", "晨", "欣", "怡", "佳", "雪", "琳", "波", "斌", "宁", "峰", "华")

CONTACT_TITLES = ("采购经理", "总经理", "副总经理", "IT主管", "财务总监", "运营经理", "行政主管",
                  "技术总监", "厂长", "店长", "信息部经理", "项目经理")

LOST_REASONS = DEFAULT_LOST_REASONS  # the same list a fresh database starts with
LOST_REASON_WEIGHTS = (30, 26, 14, 12, 12, 6)
NO_RESPONSE = "无回应"

PIPELINES = ("新客户", "老客户续约")
# (name, kind, probability %, rot days)
STAGES = (
    ("线索", "open", 10, 14),
    ("初步沟通", "open", 20, 14),
    ("需求确认", "open", 40, 21),
    ("方案报价", "open", 60, 21),
    ("商务谈判", "open", 80, 30),
    ("赢单", "won", 100, None),
    ("输单", "lost", 0, None),
)

# (name, code, unit price in yuan)
PRODUCTS = (
    ("启帆智能网关", "QF-HW-100", 12800),
    ("智能扫码终端", "QF-HW-120", 2980),
    ("工业传感器套件", "QF-HW-210", 3600),
    ("边缘计算盒", "QF-HW-300", 25000),
    ("销售管理云平台（年费）", "QF-SW-010", 36000),
    ("仓储管理系统", "QF-SW-020", 88000),
    ("数据分析看板", "QF-SW-030", 19800),
    ("移动巡检App", "QF-SW-040", 9800),
    ("系统集成实施", "QF-SV-100", 50000),
    ("驻场运维服务（月）", "QF-SV-200", 15000),
    ("员工培训课程", "QF-SV-300", 6500),
    ("定制开发（人天）", "QF-SV-400", 2500),
)

#: Catalogue details by code prefix: product line (产品线), VAT rate in basis points (hardware
#: and software 13 %, services 6 %) and cost as a share of the list price (for gross margin).
PRODUCT_LINES = {"QF-HW": ("智能硬件", 1300, 62), "QF-SW": ("软件产品", 1300, 28),
                 "QF-SV": ("实施与服务", 600, 45)}
PRODUCT_UNITS = {"QF-HW-100": "台", "QF-HW-120": "台", "QF-HW-210": "套", "QF-HW-300": "台",
                 "QF-SW-010": "年", "QF-SW-020": "套", "QF-SW-030": "套", "QF-SW-040": "套",
                 "QF-SV-100": "项", "QF-SV-200": "月", "QF-SV-300": "人次", "QF-SV-400": "人天"}
#: No longer sold (停售): kept on the deals that have it, not offered for new lines.
PRODUCTS_RETIRED = frozenset({"QF-SW-040"})

DEAL_TOPICS = ("数字化升级项目", "设备采购", "系统上线项目", "年度服务合同", "二期扩容",
               "门店改造项目", "仓储信息化", "生产线改造", "数据平台建设", "续费及增购")

FOLLOWUP_TEXTS = {
    "visit": ("上门拜访{title}，演示了{product}，对方对功能比较认可。",
              "到客户现场调研业务流程，{title}带我们看了仓库和生产线。",
              "拜访{title}，了解到今年有预算，计划下季度启动项目。",
              "和{title}面谈，讨论了实施周期和培训安排。"),
    "call": ("电话联系{title}，确认了需求范围和预计采购数量。",
             "电话回访，{title}表示正在内部比较几家供应商。",
             "致电{title}，对方出差中，约了下周再沟通。",
             "电话沟通报价细节，{title}希望价格再优惠一些。"),
    "wechat": ("微信发送了{product}的产品资料和案例，{title}已读并回复会转给老板。",
               "微信沟通，{title}询问{product}的交付周期。",
               "通过微信发了节日问候，顺便了解了近期采购计划。",
               "微信上确认了技术交流会的时间。"),
    "email": ("邮件发送正式报价单及{product}技术方案。",
              "邮件发送合同草稿，请{title}审阅。",
              "邮件回复客户提出的技术问题，并附上操作手册。",
              "邮件寄送发票和验收单。"),
}
NEXT_STEPS = ("发送报价单", "安排技术交流会", "邀请参观样板客户", "确认预算审批进度",
              "约总经理面谈", "提交试用申请", "准备合同草稿", "跟进付款进度", "安排产品演示",
              "回访使用情况")
CUSTOMER_NOTES = ("客户决策周期较长，需要多次拜访。", "老板比较关注投资回报。",
                  "采购流程需走招标。", "有意向分阶段实施。", "曾使用竞品，体验一般。")
RELEASE_NOTE = "超过90天未跟进，系统释放到公海"
HANDOVER_NOTE = "销售离职，客户交接"
