package dev.freshet.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/** The console's page shell: the Lumo theme, server push (the overview updates live), the browser's title. */
@StyleSheet(Lumo.STYLESHEET)
@Push
@PWA(name = "Freshet console", shortName = "Freshet")
public class FreshetAppShell implements AppShellConfigurator {}
