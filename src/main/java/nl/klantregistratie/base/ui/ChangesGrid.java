package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/**
 * What changes, field by field, before the user confirms it (the link preview, the KvK takeover):
 * Veld, Nu, Wordt. Long values wrap rather than being cut off.
 */
public final class ChangesGrid {

    /** One field: its label and its values before and after, as shown. */
    public record Change(String label, String before, String after) {}

    private ChangesGrid() {}

    public static Grid<Change> of(String id, List<Change> changes) {
        Grid<Change> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Change::label).setHeader(grid.getTranslation("link.preview.field"));
        grid.addColumn(Change::before).setHeader(grid.getTranslation("link.preview.old"));
        grid.addColumn(Change::after).setHeader(grid.getTranslation("link.preview.new"));
        grid.getColumns().forEach(column -> column.setTextAlign(ColumnTextAlign.START));
        grid.setItems(changes);
        return grid;
    }
}
