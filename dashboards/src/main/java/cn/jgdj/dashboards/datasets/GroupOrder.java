package cn.jgdj.dashboards.datasets;

import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The reading order of a dimension's groups: code-table order for coded dimensions, else natural order. */
public final class GroupOrder {
    private GroupOrder() {
    }

    public static List<String> of(String dimension) {
        return switch (dimension) {
            case Dimensions.AGE_BAND -> Dimensions.AGE_BANDS;
            case Dimensions.GENDER -> Codes.GENDER.ids();
            case Dimensions.EDUCATION -> Codes.EDUCATION.ids();
            case Dimensions.MEMBER_TYPE -> Codes.COUNTED_MEMBER_TYPES;
            case Dimensions.ROLE -> Codes.ROLE.ids();
            case Dimensions.UNIT_TYPE -> Codes.UNIT_TYPE.ids();
            case Dimensions.MOBILE, Dimensions.MOBILITY_IMPAIRED -> List.of("true", "false");
            default -> List.of();
        };
    }

    /** Sorts groups: known codes first in code order, then any others alphabetically. */
    public static List<String> sort(String dimension, Collection<String> groups) {
        List<String> known = of(dimension);
        List<String> out = new ArrayList<>(groups.stream().distinct().toList());
        out.sort(Comparator.<String>comparingInt(g -> known.indexOf(g) < 0 ? Integer.MAX_VALUE : known.indexOf(g))
                .thenComparing(Comparator.naturalOrder()));
        return out;
    }
}
