package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.Period;

/** A row that belongs to one group of one dimension and may be suppressed for privacy. */
public interface GroupRow {
    Period period();

    String dimension();

    String group();

    boolean suppressed();
}
