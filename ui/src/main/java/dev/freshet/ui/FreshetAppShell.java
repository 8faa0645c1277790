package dev.freshet.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/** The console's page shell: the Lumo theme, and the title shown by the browser. */
@StyleSheet(Lumo.STYLESHEET)
@PWA(name = "Freshet console", shortName = "Freshet")
public class FreshetAppShell implements AppShellConfigurator {}
