package nl.klantregistratie.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.portal.ApiCall;
import nl.klantregistratie.portal.ApiKey;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.portal.RefusedCallCounts;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The API keys of the client portal, for applicatiebeheer (SUPPORT): make one (shown once, optionally
 * with an expiry date), revoke one (refused from the next call on), the calls made with a key (newest
 * first, read a page at a time) and how many calls without a valid key were refused.
 */
@Route("portaal-api")
@RolesAllowed(Role.SUPPORT_NAME)
@Menu(order = 95, title = "nav.portalkeys", icon = "vaadin:plug")
class ApiKeysView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalService portal;
    private final Grid<ApiKey> keys = new Grid<>();
    private final Grid<ApiCall> calls = new Grid<>();
    /** "name (prefix…)" of each key, for the calls grid. */
    private Map<Long, String> keyLabels = new HashMap<>();

    private final Map<Long, String> personsRead = new HashMap<>();
    /** How many calls without a valid key were refused (counted, not listed). */
    private final Paragraph unauthorized = new Paragraph();
    /** How many calls over a key's rate limit were refused (counted, not listed). */
    private final Paragraph rateLimited = new Paragraph();

    ApiKeysView(PortalService portal) {
        this.portal = portal;
        setId("api-keys-view");
        Button create = new Button(
                getTranslation("portal.keys.new"),
                VaadinIcon.PLUS.create(),
                e -> new NewApiKeyDialog(portal, this::refresh).open());
        create.setId("apikey-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        keys.setId("apikeys-grid");
        keys.addThemeVariants(GridVariant.LUMO_COMPACT);
        keys.setAllRowsVisible(true);
        keys.setEmptyStateText(getTranslation("portal.keys.empty"));
        keys.addColumn(ApiKey::getName).setHeader(getTranslation("portal.keys.name"));
        keys.addColumn(key -> key.getKeyPrefix() + "…").setHeader(getTranslation("portal.keys.prefix"));
        keys.addColumn(key -> when(key.getCreatedAt())).setHeader(getTranslation("portal.keys.created"));
        keys.addColumn(ApiKey::getCreatedBy).setHeader(getTranslation("portal.keys.createdby"));
        keys.addColumn(key -> when(key.getLastUsedAt())).setHeader(getTranslation("portal.keys.lastused"));
        keys.addColumn(key -> key.getExpiryDate() == null ? "" : OfficeTime.formatDate(key.getExpiryDate()))
                .setHeader(getTranslation("portal.keys.expiry"));
        keys.addColumn(this::status).setHeader(getTranslation("portal.keys.status"));
        keys.addComponentColumn(this::revokeButton)
                .setKey("revoke")
                .setAutoWidth(true)
                .setFlexGrow(0);

        calls.setId("apikey-calls");
        calls.addThemeVariants(GridVariant.LUMO_COMPACT);
        calls.setHeight("30em");
        calls.setEmptyStateText(getTranslation("portal.calls.empty"));
        calls.addColumn(call -> when(call.getCalledAt())).setHeader(getTranslation("portal.calls.when"));
        calls.addColumn(call -> call.getApiKeyId() == null
                        ? getTranslation("portal.calls.nokey")
                        : keyLabels.getOrDefault(call.getApiKeyId(), ""))
                .setHeader(getTranslation("portal.calls.key"));
        calls.addColumn(ApiCall::getMethod)
                .setHeader(getTranslation("portal.calls.method"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        calls.addColumn(ApiCall::getPath).setHeader(getTranslation("portal.calls.path"));
        calls.addColumn(call -> call.getHeadId() == null
                        ? ""
                        : personsRead.getOrDefault(call.getHeadId(), "#" + call.getHeadId()))
                .setHeader(getTranslation("portal.calls.head"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        calls.addColumn(ApiCall::getStatus)
                .setHeader(getTranslation("portal.calls.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        calls.setItemsPageable(page -> {
            List<ApiCall> shown = portal.calls(page);
            personsRead.putAll(portal.personsRead(shown));
            return shown;
        });
        unauthorized.setId("apikey-unauthorized");
        rateLimited.setId("apikey-ratelimited");

        add(
                new H2(getTranslation("portal.keys.title")),
                new Paragraph(getTranslation("portal.keys.intro")),
                create,
                keys,
                new H3(getTranslation("portal.calls.title")),
                unauthorized,
                rateLimited,
                calls);
    }

    private void refresh() {
        var all = portal.apiKeys();
        keyLabels = new HashMap<>();
        all.forEach(key -> keyLabels.put(key.getId(), key.getName() + " (" + key.getKeyPrefix() + "…)"));
        keys.setItems(all);
        RefusedCallCounts withoutKey = portal.unauthorizedCalls();
        unauthorized.setText(
                getTranslation("portal.refused.unauthorized", withoutKey.today(), withoutKey.lastSevenDays()));
        RefusedCallCounts overLimit = portal.rateLimitedCalls();
        rateLimited.setText(getTranslation("portal.refused.ratelimited", overLimit.today(), overLimit.lastSevenDays()));
        personsRead.clear();
        calls.getDataProvider().refreshAll();
    }

    private Component revokeButton(ApiKey key) {
        if (key.isRevoked()) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("portal.keys.revoke"), e -> confirmRevoke(key));
        revoke.setId("apikey-revoke-" + key.getId());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void confirmRevoke(ApiKey key) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("apikey-revoke-dialog");
        dialog.setHeader(getTranslation("portal.keys.revoke.title"));
        dialog.setText(getTranslation("portal.keys.revoke.text", key.getName(), key.getKeyPrefix()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("portal.keys.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                portal.revokeApiKey(key.getId());
                Notifications.success(getTranslation("portal.keys.revoked.done", key.getName()));
            } catch (DomainException refused) { // gone meanwhile
                Notifications.refused(refused);
            }
            refresh();
        });
        dialog.open();
    }

    private String status(ApiKey key) {
        if (key.isRevoked()) {
            return getTranslation("portal.keys.revoked", when(key.getRevokedAt()), key.getRevokedBy());
        }
        return getTranslation(key.isExpired() ? "portal.keys.expired" : "portal.keys.active");
    }

    private static String when(@Nullable Instant instant) {
        return instant == null ? "" : OfficeTime.format(instant);
    }

    /** On every entry, also when the page is opened again from the menu (Vaadin reuses the view): the data as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "portal.keys.title");
    }
}
