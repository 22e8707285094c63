package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.OptionalLong;
import nl.klantregistratie.base.ChangeBroadcaster;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationChangedException;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.correspondence.ui.CorrespondencePanel;
import nl.klantregistratie.correspondence.ui.NewMailDialog;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.history.ui.HistoryPanel;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A registration's card: header with name, klantnummer and "Acties", then the form. It opens in
 * read mode; "Bewerken" switches to edit mode with "Opslaan"/"Annuleren". Saving goes through the
 * {@link ClientService}, whose refusals are shown next to the fields (invalid input), as a dialog
 * offering to reload (someone else saved first), or as a message; nothing the user typed is lost.
 * The address is {@code <route>/<id>}, or {@code <route>/nieuw} for a new registration.
 */
abstract class RegistrationCard<T extends Registration> extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String NEW = "nieuw";

    protected final ClientService clients;
    private final ChangeBroadcaster broadcaster;
    private final CurrentUser currentUser;
    private final HistoryPanel historyPanel;
    private final Details historySection;
    private final CorrespondenceService correspondence;
    private final CorrespondencePanel dossierPanel;
    private final Details dossierSection;
    private @Nullable AutoCloseable subscription;
    private final H2 title = new H2();
    private final Span klantnummer = new Span();
    private final Span kind = new Span();
    private final Div subtitle = new Div();
    private final MenuBar actions = new MenuBar();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final HorizontalLayout editButtons = new HorizontalLayout();
    private @Nullable RegistrationForm<T> form;
    private @Nullable T registration;
    private boolean editing;
    /**
     * The form's values were written into the shown registration but the save failed: the form no
     * longer knows they are changes, so a change from elsewhere must not replace them.
     */
    private boolean unsaved;

    RegistrationCard(
            ClientService clients,
            ChangeBroadcaster broadcaster,
            HistoryService history,
            CorrespondenceService correspondence,
            CurrentUser currentUser) {
        this.clients = clients;
        this.correspondence = correspondence;
        this.dossierPanel = new CorrespondencePanel(correspondence);
        dossierSection = new Details(getTranslation("dossier.title"), dossierPanel);
        dossierSection.setId("section-dossier");
        dossierSection.addClassName("card-section");
        dossierSection.setWidthFull();
        dossierSection.addOpenedChangeListener(e -> {
            if (e.isOpened() && registration != null && !registration.isNew()) {
                dossierPanel.show(registration.getId());
            }
        });
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.historyPanel = new HistoryPanel(history);
        historySection = new Details(getTranslation("section.historie"), historyPanel);
        historySection.setId("section-historie");
        historySection.addClassName("card-section");
        historySection.setWidthFull();
        historySection.addOpenedChangeListener(e -> {
            if (e.isOpened() && registration != null && !registration.isNew()) {
                historyPanel.show(registration.getId());
            }
        });
        addClassName("registration-card");
        setMaxWidth("70em");
        title.setId("card-title");
        klantnummer.setId("card-klantnummer");
        klantnummer.getElement().getThemeList().add("badge contrast");
        kind.getElement().getThemeList().add("badge");
        subtitle.setId("card-subtitle");
        subtitle.addClassName("card-subtitle");
        actions.setId("card-actions");
        actions.addThemeVariants(MenuBarVariant.LUMO_PRIMARY);

        save.setText(getTranslation("action.save"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("cancel");
        cancel.addClickListener(e -> cancel());
        editButtons.add(save, cancel);
        editButtons.addClassName("edit-buttons");

        HorizontalLayout heading = new HorizontalLayout(title, klantnummer, kind);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout header = new HorizontalLayout(new Div(heading, subtitle), new Div(actions, editButtons));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.START);
        header.addClassName("card-header");
        add(header);
    }

    /** The registration with this id, as the service gives it. */
    protected abstract T load(long id);

    /** A new, empty registration; null (after navigating elsewhere) when one cannot be made here. */
    protected abstract @Nullable T create(BeforeEnterEvent event);

    protected abstract RegistrationForm<T> createForm();

    /** The address of this kind of card, without id ("klanten/persoon"). */
    protected abstract String route();

    /** Where to go after deleting, or when the registration does not exist. */
    protected abstract String listRoute();

    /** Adds the card's own items to the "Acties" menu (read mode). */
    protected void addActions(SubMenu menu, T registration) {}

    /** Extra content below the form (read mode only), e.g. a company's contactpersonen. */
    protected void showDetails(T registration) {}

    /** The "Correspondentie" section: the klantdossier (issue 5), filled when opened. */
    private void showDossier(T shown) {
        if (dossierSection.getParent().isPresent()) {
            remove(dossierSection);
        }
        add(dossierSection);
        if (dossierSection.isOpened()) {
            dossierPanel.show(shown.getId());
        }
    }

    /** "Nieuwe e-mail": after filing, the Correspondentie section opens on the new message. */
    private void newMail(T shown) {
        new NewMailDialog(correspondence, shown, () -> {
                    dossierSection.setOpened(true);
                    dossierPanel.show(shown.getId());
                    dossierSection.scrollIntoView();
                })
                .open();
    }

    /** The "Historie" section at the end of the card (R16), filled when opened; support staff only. */
    private void showHistory(T shown) {
        if (historySection.getParent().isPresent()) {
            remove(historySection);
        }
        if (!currentUser.hasRole(Role.SUPPORT)) {
            return;
        }
        add(historySection);
        if (historySection.isOpened()) {
            historyPanel.show(shown.getId());
        }
    }

    /** A line below the title, e.g. the company of a contactpersoon. */
    protected Div subtitle() {
        return subtitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        form = createForm();
        if (NEW.equals(id)) {
            T created = create(event);
            if (created == null) {
                return;
            }
            show(created, true);
            return;
        }
        OptionalLong parsed = parse(id);
        try {
            if (parsed.isEmpty()) {
                throw new RegistrationNotFoundException(-1);
            }
            show(load(parsed.getAsLong()), false);
        } catch (RegistrationNotFoundException e) {
            Notifications.error(getTranslation("registration.notfound"));
            event.forwardTo(listRoute());
        }
    }

    private static OptionalLong parse(String id) {
        return id.matches("[0-9]{1,18}") ? OptionalLong.of(Long.parseLong(id)) : OptionalLong.empty();
    }

    /** Shows the registration, in edit mode or read mode. */
    protected void show(T shown, boolean edit) {
        unsaved = false;
        if (registration == null || !java.util.Objects.equals(registration.getId(), shown.getId())) {
            subscribe(shown);
        }
        this.registration = shown;
        RegistrationForm<T> current = form();
        if (current.component().getParent().isEmpty()) {
            add(current.component());
        }
        current.errors().clear();
        current.read(shown);
        setEditing(edit);
        updateHeader();
        decorate(shown, edit);
    }

    /**
     * What a card shows beside the form and derives from the registration (a volger's locked privé
     * gegevens and its hoofd line): on every show, and when a colleague's change reaches the card
     * while it is being edited (a contactpersoon linked or unlinked meanwhile).
     */
    protected void decorate(T shown, boolean edit) {}

    private void updateHeader() {
        T current = registration();
        String name = current.getDisplayName();
        title.setText(name.isBlank() ? getTranslation(current.getKind().translationKey() + ".new") : name);
        klantnummer.setText(
                current.getKlantnummer() == null ? "" : current.getKlantnummer().toString());
        klantnummer.setVisible(current.getKlantnummer() != null);
        kind.setText(getTranslation(current.getKind().translationKey()));
        actions.removeAll();
        if (!editing) {
            MenuItem root = actions.addItem(getTranslation("action.actions"));
            root.setId("actions-menu");
            root.addComponentAsFirst(VaadinIcon.ELLIPSIS_DOTS_V.create());
            SubMenu menu = root.getSubMenu();
            menu.addItem(getTranslation("action.edit"), e -> setEditing(true)).setId("action-edit");
            addActions(menu, current);
            if (!current.isNew()) {
                menu.addItem(getTranslation("mail.action.new"), e -> newMail(current))
                        .setId("action-new-mail");
            }
            menu.addItem(getTranslation("action.delete"), e -> confirmDelete()).setId("action-delete");
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    protected void setEditing(boolean edit) {
        this.editing = edit;
        form().setReadOnly(!edit);
        editButtons.setVisible(edit);
        if (registration != null) {
            updateHeader();
            if (!edit && !registration.isNew()) {
                showDetails(registration);
                showDossier(registration);
                showHistory(registration);
            }
        }
    }

    boolean isEditing() {
        return editing;
    }

    private void save() {
        T current = registration();
        RegistrationForm<T> currentForm = form();
        currentForm.errors().clear();
        if (!currentForm.write(current)) {
            Notifications.error(getTranslation("validation.fix"));
            return;
        }
        boolean wasNew = current.isNew();
        unsaved = true;
        try {
            T saved = clients.save(current);
            show(saved, false);
            Notifications.success(getTranslation("registration.saved", saved.getDisplayName()));
            if (wasNew) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, route() + "/" + saved.getId()));
            }
        } catch (ConstraintViolationException e) {
            List<String> unplaced = currentForm.errors().show(e.getConstraintViolations(), this);
            Notifications.error(String.join(" ", prepend(getTranslation("validation.fix"), unplaced)));
        } catch (RegistrationChangedException e) {
            confirmReload();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Goes to the list on purpose (cancelled, deleted): nothing typed to ask about. */
    private void toList() {
        editing = false;
        unsaved = false;
        getUI().ifPresent(ui -> ui.navigate(listRoute()));
    }

    /**
     * Leaving a card with typed, unsaved input (a link, the menu, the browser's back button) asks
     * first: staying keeps everything as it was typed.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!editing || form == null || !(unsaved || form.hasChanges())) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("leave-dialog");
        dialog.setHeader(getTranslation("registration.leave.title"));
        dialog.setText(getTranslation("registration.leave.text"));
        // Staying is the default (Enter, Esc); leaving and losing the input takes a deliberate click.
        dialog.setConfirmText(getTranslation("registration.leave.stay"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("registration.leave.confirm"));
        dialog.setRejectButtonTheme("error tertiary");
        dialog.addRejectListener(e -> {
            editing = false;
            action.proceed();
        });
        dialog.open();
    }

    private void cancel() {
        T current = registration();
        if (current.isNew()) {
            toList();
            return;
        }
        reload();
    }

    /** Shows the current saved state, in read mode. */
    protected void reload() {
        T current = registration();
        try {
            show(load(current.getId()), false);
        } catch (RegistrationNotFoundException e) {
            Notifications.error(getTranslation("registration.notfound"));
            toList();
        }
    }

    private void confirmReload() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("changed-dialog");
        dialog.setHeader(getTranslation("registration.changed.title"));
        dialog.setText(getTranslation("registration.changed"));
        dialog.setConfirmText(getTranslation("registration.changed.reload"));
        dialog.addConfirmListener(e -> reload());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("registration.changed.keep"));
        dialog.open();
    }

    private void confirmDelete() {
        T current = registration();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("delete-dialog");
        dialog.setHeader(getTranslation("registration.delete.title"));
        dialog.setText(getTranslation(
                "registration.delete.text", current.getDisplayName(), String.valueOf(current.getKlantnummer())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete());
        dialog.open();
    }

    private void delete() {
        T current = registration();
        try {
            clients.delete(current.getId(), current.getVersion());
            Notifications.success(getTranslation("registration.deleted", current.getDisplayName()));
            toList();
        } catch (RegistrationChangedException e) {
            confirmReload();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }

    // --- other users' changes (push) -----------------------------------------------------------

    private void subscribe(T shown) {
        unsubscribe();
        if (shown.getId() == null) {
            return;
        }
        getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .ifPresent(
                        ui -> subscription = broadcaster.register(shown.getId(), id -> ui.access(this::remoteChange)));
    }

    private void unsubscribe() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            subscription = null;
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        unsubscribe();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (registration != null && subscription == null) {
            subscribe(registration);
        }
    }

    /**
     * The registration changed elsewhere (another user, or its hoofd): in read mode the card shows
     * the new state; in edit mode the fields this user did not touch take the new values and what
     * they typed stays.
     */
    void remoteChange() {
        T shown = registration;
        if (shown == null || shown.isNew()) {
            return;
        }
        T fresh;
        try {
            fresh = load(shown.getId());
        } catch (RegistrationNotFoundException e) {
            Notifications.error(getTranslation("registration.deleted.remote"));
            toList();
            return;
        }
        if (!editing) {
            show(fresh, false);
            return;
        }
        if (fresh.getVersion() == shown.getVersion()) {
            return;
        }
        if (!unsaved && form().refresh(shown, fresh)) {
            registration = fresh;
            updateHeader();
            decorate(fresh, true);
            Notifications.success(getTranslation("registration.refreshed"));
        } else {
            Notifications.error(getTranslation("registration.changed.remote"));
        }
    }

    protected T registration() {
        if (registration == null) {
            throw new IllegalStateException("No registration shown");
        }
        return registration;
    }

    protected RegistrationForm<T> form() {
        if (form == null) {
            throw new IllegalStateException("No form");
        }
        return form;
    }

    @Override
    public String getPageTitle() {
        String name = registration == null ? "" : registration.getDisplayName();
        return (name.isBlank() ? getTranslation("app.title") : name + " | " + getTranslation("app.title"));
    }
}
