package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.Component;

/** The browser tab's title of every page: "Klanten | Klantregistratie", or the app's name alone. */
public final class PageTitle {

    private PageTitle() {}

    /** "{text} | Klantregistratie"; the app's name alone when the text is blank. */
    public static String of(Component page, String text) {
        String app = page.getTranslation("app.title");
        return text.isBlank() ? app : text + " | " + app;
    }

    /** The title of a page whose heading is this translation key. */
    public static String ofKey(Component page, String titleKey) {
        return of(page, page.getTranslation(titleKey));
    }
}
