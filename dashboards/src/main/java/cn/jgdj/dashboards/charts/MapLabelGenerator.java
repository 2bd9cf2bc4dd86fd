package cn.jgdj.dashboards.charts;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/** Item labels looked up in an {@link ItemLabels} map. */
final class MapLabelGenerator implements CategoryItemLabelGenerator {
    private final ItemLabels labels;

    MapLabelGenerator(ItemLabels labels) {
        this.labels = labels;
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return labels.get(dataset.getRowKey(row), dataset.getColumnKey(column));
    }
}
