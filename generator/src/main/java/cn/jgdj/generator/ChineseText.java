package cn.jgdj.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Fake but plausible Chinese text: person names, 18-digit id numbers, organ and venue names, event titles. */
final class ChineseText {
    private ChineseText() {
    }

    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 "
            + "许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 "
            + "夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔").split(" ");
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红文辉玲鹏飞海燕晓东志宏"
            + "林峰波春梅新宇浩然佳怡欣悦子涵思远博文嘉俊雪婷慧琳振华德胜永庆立群玉兰凤霞淑珍兴旺成龙";

    static String personName(SplittableRandom r) {
        String s = SURNAMES[r.nextInt(SURNAMES.length)];
        int n = r.nextDouble() < 0.7 ? 2 : 1;
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < n; i++) {
            b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = "10X98765432".toCharArray();

    /**
     * An 18-digit resident id in the national layout (area, birth date, sequence, ISO 7064 check) under the area
     * code 990000, which no real region uses: it exists only to prove that ingest drops id numbers.
     */
    static String idNumber(int birthDay, boolean male, SplittableRandom r) {
        LocalDate b = LocalDate.ofEpochDay(birthDay);
        int seq = r.nextInt(100) * 10 + (male ? 1 + 2 * r.nextInt(5) : 2 * r.nextInt(5));
        String body = String.format("990%03d%04d%02d%02d%03d", r.nextInt(1000), b.getYear(), b.getMonthValue(),
                b.getDayOfMonth(), seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK[sum % 11];
    }

    static final String WORK_COMMITTEE = "县委县直机关工委";

    private static final String[] AGENCIES = {"县委办公室", "县政府办公室", "县委组织部", "县委宣传部", "县委统战部",
        "县委政法委", "县纪委监委", "县发展和改革局", "县教育和体育局", "县科学技术局", "县工业和信息化局", "县公安局",
        "县民政局", "县司法局", "县财政局", "县人力资源和社会保障局", "县自然资源和规划局", "县生态环境分局",
        "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文化和旅游局", "县卫生健康局",
        "县退役军人事务局", "县应急管理局", "县审计局", "县市场监督管理局", "县统计局", "县医疗保障局", "县行政审批服务局",
        "县综合行政执法局", "县信访局", "县人民检察院", "县人民法院", "县委党校", "县档案馆", "县委编办", "县委巡察办",
        "县机关事务服务中心", "县大数据中心", "县税务局", "县气象局", "县人民武装部"};
    private static final String[] INSTITUTIONS = {"县人民医院", "县中医医院", "县妇幼保健院", "县疾病预防控制中心",
        "县第一中学", "县第二中学", "县实验中学", "县实验小学", "县职业中等专业学校", "县融媒体中心", "县图书馆",
        "县文化馆", "县农业技术推广中心", "县林业发展服务中心", "县水利工程管理站", "县社会保险事业中心",
        "县公共资源交易中心", "县不动产登记中心", "县城市管理服务中心", "县住房公积金管理中心"};
    private static final String[] MASS_ORGS = {"县总工会", "团县委", "县妇联", "县科协", "县文联", "县残联", "县工商联",
        "县红十字会", "县侨联", "县社科联"};
    private static final String[] ENTERPRISES = {"县供电公司", "县城市建设投资集团", "县农村商业银行", "县自来水公司",
        "县国有资产运营公司", "县公共交通公司", "县粮食储备公司", "县文化旅游发展集团", "县燃气公司", "县邮政分公司"};

    /** The name of the k-th unit of a type (k from 0); past the list, numbered subordinate units. */
    static String unitName(String type, int k) {
        String[] list = switch (type) {
            case "agency" -> AGENCIES;
            case "institution" -> INSTITUTIONS;
            case "mass_org" -> MASS_ORGS;
            default -> ENTERPRISES;
        };
        String base = list[k % list.length];
        int round = k / list.length;
        return round == 0 ? base : base + "所属第" + numeral(round + 1) + "单位";
    }

    static String branchName(String unitName, int k, int count) {
        if (count == 1) {
            return unitName + "党支部";
        }
        return unitName + "第" + numeral(k + 1) + "党支部";
    }

    private static final String[] RED_BASES = {"中共鲁南第一支部纪念馆", "八路军第115师东进大队战斗遗址",
        "抗日民主政府旧址", "保卫战遗址纪念广场", "革命烈士陵园", "沂蒙红嫂纪念馆", "抗战兵工厂旧址",
        "红色交通线纪念馆", "县革命历史纪念馆", "地下党联络站旧址", "抗大一分校旧址", "渡江支前纪念馆"};

    static String redBaseName(int k) {
        String base = RED_BASES[k % RED_BASES.length];
        int round = k / RED_BASES.length;
        return round == 0 ? base : base + "（第" + numeral(round + 1) + "展区）";
    }

    private static final String[] SITE_KINDS = {"党员教育阵地", "党建展厅", "廉政教育基地", "初心讲堂", "党员活动中心"};

    static String unitSiteName(String unitName, int k) {
        return unitName + SITE_KINDS[k % SITE_KINDS.length];
    }

    static final String[] TOPICS = {"习近平新时代中国特色社会主义思想", "党的二十大精神", "党史学习教育",
        "《中国共产党章程》", "《中国共产党纪律处分条例》", "沂蒙精神", "“不忘初心、牢记使命”", "《习近平著作选读》",
        "全面从严治党", "中央八项规定精神", "铸牢中华民族共同体意识", "乡村振兴战略", "总体国家安全观",
        "新时代党的组织路线", "优化营商环境", "安全生产", "《中国共产党支部工作条例》"};

    /** Titles of some party days hold an ASCII comma, as real exports do; the CSV writer quotes them. */
    static final String[] MONTH_THEMES = {"新春走访慰问", "学思想, 强党性, 重实践, 建新功", "学雷锋志愿服务",
        "清明祭英烈", "劳动最光荣", "青年党员座谈", "七一重温入党誓词", "八一拥军优属", "走进红色教育基地",
        "国庆爱国主义教育", "重阳敬老", "宪法宣传"};

    static String numeral(int n) {
        final String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        if (n < 100) {
            return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return Integer.toString(n);
    }
}
