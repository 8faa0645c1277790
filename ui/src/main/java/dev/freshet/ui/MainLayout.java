package dev.freshet.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The console's frame: title, navigation, and the signed-in user with a sign-out button. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  public MainLayout(AuthenticationContext authentication) {
    H1 title = new H1("Freshet");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
    Button signOut = new Button("Sign out", e -> authentication.logout());
    String user = authentication.getPrincipalName().orElse("");
    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.setWidthFull();
    HorizontalLayout account = new HorizontalLayout(new com.vaadin.flow.component.html.Span(user), signOut);
    account.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    account.getStyle().set("margin-right", "var(--lumo-space-m)");
    addToNavbar(header, account);
    SideNav nav = new SideNav();
    nav.addItem(new SideNavItem("Overview", OverviewView.class));
    nav.addItem(new SideNavItem("Search", SearchView.class));
    nav.addItem(new SideNavItem("Traces", TracesView.class));
    nav.addItem(new SideNavItem("Dead letters", DeadLettersView.class));
    nav.addItem(new SideNavItem("Sources", SourcesView.class));
    nav.addItem(new SideNavItem("Schemas", SchemasView.class));
    nav.addItem(new SideNavItem("Drift audit", DriftView.class));
    nav.addItem(new SideNavItem("Audit log", AuditView.class));
    addToDrawer(nav);
  }
}
