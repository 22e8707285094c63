package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import nl.klantregistratie.base.BusyException;
import nl.klantregistratie.base.ChangeBroadcaster;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationChangedException;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.client.SyncedField;
import org.jspecify.annotations.Nullable;

/**
 * A registration's card: header with name, klantnummer and "Acties", then the form, then the
 * sections. It opens in read mode; "Bewerken" switches to edit mode with "Opslaan"/"Annuleren".
 * Saving goes through the {@link ClientService}, whose refusals are shown next to the fields
 * (invalid input), as a dialog offering to reload (someone else saved first), or as a message;
 * nothing the user typed is lost. The address is {@code <route>/<id>}, or {@code <route>/nieuw} for a
 * new registration ({@link CardRoutes}).
 *
 * <p>What other features show on a card (koppelingen, portal access, correspondence, history) they
 * add themselves through {@link CardExtension}s; the card knows none of them.
 */
abstract class RegistrationCard<T extends Registration> extends VerticalLayout
        implements Card, BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    protected final ClientService clients;
    private final ChangeBroadcaster broadcaster;
    private final List<CardExtension> extensions;
    private final List<CardPart> parts = new ArrayList<>();
    private boolean partsCreated;
    private @Nullable AutoCloseable subscription;
    private final H2 title = new H2();
    private final Span klantnummer = new Span();
    private final Span kind = new Span();
    private final Div subtitle = new Div();
    private final MenuBar actions = new MenuBar();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final HorizontalLayout editButtons = new HorizontalLayout();
    private final Div formHolder = new Div();
    private final Div sections = new Div();
    private @Nullable RegistrationForm<T> form;
    private @Nullable T registration;
    private boolean editing;
    /**
     * The form's values were written into the shown registration but the save failed: the form no
     * longer knows they are changes, so a change from elsewhere must not replace them.
     */
    private boolean unsaved;

    RegistrationCard(ClientService clients, ChangeBroadcaster broadcaster, List<CardExtension> extensions) {
        this.clients = clients;
        this.broadcaster = broadcaster;
        this.extensions = List.copyOf(extensions);
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
        formHolder.setWidthFull();
        sections.setWidthFull();
        sections.addClassName("card-sections");
        sections.setVisible(false);
        add(header, formHolder, sections);
    }

    /** The registration with this id, as the service gives it. */
    protected abstract T load(long id);

    /** A new, empty registration; null (after navigating elsewhere) when one cannot be made here. */
    protected abstract @Nullable T create(BeforeEnterEvent event);

    protected abstract RegistrationForm<T> createForm();

    /** Where to go after deleting, or when the registration does not exist. */
    protected abstract String listRoute();

    /** Adds the card's own items to the "Acties" menu (read mode). */
    protected void addActions(SubMenu menu, T registration) {}

    /** Fills the card's own sections for a saved registration in read mode (e.g. a company's contactpersonen). */
    protected void showDetails(T registration) {}

    /** Adds the card's own subtitle lines (e.g. the klant-bedrijf of a contactpersoon). */
    protected void decorate(T shown) {}

    // --- Card: what the features see -----------------------------------------------------------

    @Override
    public Registration registration() {
        return shown();
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void addSubtitle(Component line) {
        subtitle.add(line);
    }

    @Override
    public void addSection(Component section) {
        sections.add(section);
    }

    @Override
    public void lockPersonalData(@Nullable String note) {
        form().lockPersonalData(note);
    }

    @Override
    public void hintPersonalField(SyncedField field, @Nullable String hint) {
        form().hintPersonalField(field, hint);
    }

    @Override
    public void changeDraft(Consumer<Registration> change) {
        T draft = shown();
        form().write(draft);
        try {
            change.accept(draft);
        } catch (DomainException e) {
            Notifications.refused(e);
            return;
        }
        show(draft, true);
    }

    // --- showing ---------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        createParts();
        String id = event.getRouteParameters().get("id").orElse(CardRoutes.NEW);
        RegistrationForm<T> created = createForm();
        form = created;
        formHolder.removeAll();
        formHolder.add(created.component());
        if (CardRoutes.NEW.equals(id)) {
            T draft = create(event);
            if (draft == null) {
                return;
            }
            try {
                parts.forEach(part -> part.prepareNew(draft, event.getLocation().getQueryParameters()));
            } catch (DomainException e) {
                Notifications.refused(e);
                event.forwardTo(listRoute());
                return;
            }
            show(draft, true);
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

    /** The features' parts, once per card: a card is reused for the next registration of its kind. */
    private void createParts() {
        if (!partsCreated) {
            partsCreated = true;
            extensions.forEach(extension -> extension.createPart(this).ifPresent(parts::add));
        }
    }

    private static OptionalLong parse(String id) {
        return id.matches("[0-9]{1,18}") ? OptionalLong.of(Long.parseLong(id)) : OptionalLong.empty();
    }

    /** Shows the registration, in edit mode or read mode. */
    protected void show(T shown, boolean edit) {
        unsaved = false;
        if (registration == null || !Objects.equals(registration.getId(), shown.getId())) {
            subscribe(shown);
        }
        this.registration = shown;
        RegistrationForm<T> current = form();
        current.errors().clear();
        current.read(shown);
        setEditing(edit);
        decorateAll(shown);
    }

    /**
     * What the card shows beside the form and derives from the registration (the subtitle, a
     * locked part of the form): on every show, and when a colleague's change reaches the card
     * while it is being edited.
     */
    private void decorateAll(T shown) {
        subtitle.removeAll();
        decorate(shown);
        parts.forEach(part -> part.decorate(shown));
    }

    private void updateHeader() {
        T current = shown();
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
            if (!current.isRecordOnly()) { // an anonymised or merged registration is a record only
                menu.addItem(getTranslation("action.edit"), e -> setEditing(true))
                        .setId("action-edit");
            }
            addActions(menu, current);
            parts.forEach(part -> part.addActions(current, menu));
            if (!current.isMerged()) { // kept for undoing the merge (ClientService refuses it too)
                menu.addItem(getTranslation("action.delete"), e -> confirmDelete())
                        .setId("action-delete");
            }
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    protected void setEditing(boolean edit) {
        this.editing = edit;
        form().setReadOnly(!edit);
        editButtons.setVisible(edit);
        if (registration == null) {
            return;
        }
        updateHeader();
        sections.setVisible(!registration.isNew());
        if (!edit && !registration.isNew()) {
            showDetails(registration);
            T shown = registration;
            parts.forEach(part -> part.showDetails(shown));
        }
    }

    // --- saving, leaving, deleting -----------------------------------------------------------------

    private void save() {
        T current = shown();
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
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, CardRoutes.of(saved)));
            }
        } catch (ConstraintViolationException e) {
            List<String> messages = new ArrayList<>();
            messages.add(getTranslation("validation.fix"));
            messages.addAll(currentForm.errors().show(e.getConstraintViolations(), this));
            Notifications.error(String.join(" ", messages));
        } catch (RegistrationChangedException e) {
            confirmReload();
        } catch (BusyException e) {
            confirmBusy();
        } catch (DomainException e) {
            Notifications.refused(e);
        }
    }

    /** A colleague's change held the data: nothing saved; try again, or reload, keeping the input meanwhile. */
    private void confirmBusy() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("busy-dialog");
        dialog.setHeader(getTranslation("registration.busy.title"));
        dialog.setText(getTranslation("registration.busy.text"));
        dialog.setConfirmText(getTranslation("registration.busy.retry"));
        dialog.addConfirmListener(e -> save());
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("registration.busy.reload"));
        dialog.addRejectListener(e -> reload());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("registration.busy.keep"));
        dialog.open();
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
        if (shown().isNew()) {
            toList();
            return;
        }
        reload();
    }

    @Override
    public void reload() {
        try {
            show(load(shown().getId()), false);
        } catch (RegistrationNotFoundException e) {
            Notifications.error(getTranslation("registration.notfound"));
            toList();
        }
    }

    @Override
    public <D extends Component> D fromActions(D dialog) {
        dialog.addDetachListener(e -> {
            e.unregisterListener();
            // Not left to the browser's own focus restoring: that points at the menu item that
            // opened the dialog, gone by then, and loses the focus to the page when it races the
            // submenu closing.
            if (isAttached() && actions.isVisible()) {
                actions.getElement().callJsFunction("focus");
            }
        });
        return dialog;
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
        T current = shown();
        try {
            clients.checkDeletable(current.getId());
        } catch (DomainException refusal) {
            // said at once, with the count, not after "definitief verwijderen"; with what solves it
            Dialog refused = new Dialog();
            refused.setId("delete-refused");
            refused.setHeaderTitle(getTranslation("registration.delete.title"));
            refused.setWidth("min(36rem, 95vw)");
            Paragraph why = new Paragraph(Notifications.text(refusal));
            why.setId("delete-refused-text");
            refused.add(why);
            Button understood = new Button(getTranslation("registration.delete.refused.ok"), e -> refused.close());
            understood.setId("delete-refused-ok");
            for (CardPart part : parts) {
                for (Component offer : part.solveDeletionRefusal(current, refusal, refused::close)) {
                    if (offer instanceof Button) {
                        refused.getFooter().add(offer);
                    } else {
                        refused.add(offer);
                    }
                }
            }
            refused.getFooter().add(understood);
            fromActions(refused).open();
            understood.focus();
            return;
        }
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
        fromActions(dialog).open();
    }

    private void delete() {
        T current = shown();
        try {
            // this user deletes it: the card must not hear of it as "deleted by a colleague"
            unsubscribe();
            clients.delete(current.getId(), current.getVersion());
            Notifications.success(getTranslation("registration.deleted", current.getDisplayName()));
            toList();
        } catch (RegistrationChangedException e) {
            subscribe(current);
            confirmReload();
        } catch (DomainException e) {
            subscribe(current);
            Notifications.refused(e);
        }
    }

    // --- other users' changes (push) -----------------------------------------------------------

    private void subscribe(T shown) {
        unsubscribe();
        if (shown.getId() == null) {
            return;
        }
        getUI().or(() -> Optional.ofNullable(UI.getCurrent()))
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
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        unsubscribe();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
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
        T current = registration;
        if (current == null || current.isNew() || !isAttached()) {
            return;
        }
        T fresh;
        try {
            fresh = load(current.getId());
        } catch (RegistrationNotFoundException e) {
            Notifications.error(getTranslation("registration.deleted.remote"));
            toList();
            return;
        }
        if (!editing) {
            show(fresh, false);
            return;
        }
        if (fresh.getVersion() == current.getVersion()) {
            return;
        }
        if (!unsaved && form().refresh(current, fresh)) {
            registration = fresh;
            updateHeader();
            decorateAll(fresh);
            Notifications.success(getTranslation("registration.refreshed"));
        } else {
            Notifications.error(getTranslation("registration.changed.remote"));
        }
    }

    protected T shown() {
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
        return PageTitle.of(this, registration == null ? "" : registration.getDisplayName());
    }

    @Override
    public abstract RegistrationKind kind();
}
