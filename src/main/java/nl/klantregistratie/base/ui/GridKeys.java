package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Enter on a grid's row does what a click on it does (open the card, review the suggestion), so a
 * keyboard user reaches everything a mouse user does: Tab into the grid, arrow keys to the row,
 * Enter. Vaadin's grid tells the server which row has the focus; Enter acts on that row.
 */
public final class GridKeys {

    private GridKeys() {}

    public static <T> void onEnter(Grid<T> grid, Consumer<T> action) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(
                event -> focused.set(event.isBodyCell() ? event.getItem().orElse(null) : null));
        grid.getElement()
                .addEventListener("keydown", event -> {
                    T row = focused.get();
                    if (row != null) {
                        action.accept(row);
                    }
                })
                // on the grid itself (a link in a cell does its own thing), once per press
                .setFilter("event.key === 'Enter' && event.target === element && !event.repeat");
    }
}
