package cn.jgdj.schemas;

import static cn.jgdj.schemas.Fields.*;
import static cn.jgdj.schemas.raw.RawColumn.*;

import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.ValueType;
import java.util.List;

/**
 * 党员 (and pre-members): one row per member and validity period; a transfer adds a row.
 * Curated rows carry {@link #MEMBER_KEY} (HMAC of member_id) instead of member_id, name and id_number.
 */
public final class Members {
    private Members() {
    }

    public static final String NAME = "members";
    public static final String MEMBER_ID = "member_id";
    public static final String MEMBER_KEY = "member_key";
    public static final String PERSON_NAME = "name";
    public static final String ID_NUMBER = "id_number";
    public static final String GENDER = "gender";
    public static final String BIRTH_DATE = "birth_date";
    public static final String EDUCATION = "education";
    public static final String MEMBER_TYPE = "member_type";
    public static final String ROLE = "role";
    public static final String BRANCH_ID = "branch_id";
    public static final String JOINED_DATE = "joined_date";
    public static final String VALID_FROM = "valid_from";
    /** The row's last valid day, inclusive (blank = still valid); ingest quarantines a member whose rows overlap. */
    public static final String VALID_TO = "valid_to";
    public static final String EXEMPT = "exempt";
    public static final String MOBILE = "mobile";
    public static final String MOBILITY_IMPAIRED = "mobility_impaired";

    public static final DatasetDef DEF = new DatasetDef(NAME,
            List.of(required(MEMBER_ID, ValueType.ID, "党员编号", "人员编号"),
                    personal(PERSON_NAME, true, "姓名"),
                    personal(ID_NUMBER, false, "身份证号", "公民身份号码", "身份证号码"),
                    code(GENDER, true, Codes.GENDER, "性别"),
                    required(BIRTH_DATE, ValueType.DATE, "出生日期"),
                    code(EDUCATION, true, Codes.EDUCATION, "学历"),
                    code(MEMBER_TYPE, true, Codes.MEMBER_TYPE, "人员类别", "党员类别", "党籍状态"),
                    code(ROLE, true, Codes.ROLE, "职务类别", "角色"),
                    required(BRANCH_ID, ValueType.ID, "支部编号", "所在支部编号"),
                    required(JOINED_DATE, ValueType.DATE, "入党日期", "加入日期"),
                    required(VALID_FROM, ValueType.DATE, "有效起始日期", "生效日期", "起始日期"),
                    optional(VALID_TO, ValueType.DATE, "有效截止日期", "失效日期", "截止日期"),
                    optional(EXEMPT, ValueType.BOOLEAN, "免于学时要求", "年老体弱免学"),
                    optional(MOBILE, ValueType.BOOLEAN, "流动党员"),
                    optional(MOBILITY_IMPAIRED, ValueType.BOOLEAN, "行动不便")),
            List.of(MEMBER_ID, VALID_FROM),
            schema(req(MEMBER_KEY, STRING), req(GENDER, STRING), req(BIRTH_DATE, DATE),
                    req(EDUCATION, STRING), req(MEMBER_TYPE, STRING), req(ROLE, STRING),
                    req(BRANCH_ID, STRING), req(JOINED_DATE, DATE), req(VALID_FROM, DATE),
                    opt(VALID_TO, DATE), req(EXEMPT, BOOLEAN), req(MOBILE, BOOLEAN),
                    req(MOBILITY_IMPAIRED, BOOLEAN)),
            List.of());
}
