package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.function.Consumer;
import nl.klantregistratie.base.ExcelCsv;

/**
 * The "Exporteren (CSV)" button of a list: a link that downloads what {@code write} writes, streamed
 * to the browser as it is written (a long list is never held in memory), under {@code fileName}.
 */
public final class CsvDownload {

    private CsvDownload() {}

    public static Anchor link(String id, String label, String fileName, Consumer<OutputStream> write) {
        return link(id, label, fileName, ExcelCsv.CONTENT_TYPE, write);
    }

    /** The same for a file of another type (an Excel workbook). */
    public static Anchor link(
            String id, String label, String fileName, String contentType, Consumer<OutputStream> write) {
        Anchor export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName);
                    event.setContentType(contentType);
                    try (OutputStream out = event.getOutputStream()) {
                        write.accept(out);
                    }
                },
                "");
        export.setId(id);
        Button button = new Button(label, VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1); // the link is what takes the focus and the click
        export.add(button);
        return export;
    }
}
