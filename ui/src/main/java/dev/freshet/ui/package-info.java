/**
 * The operator console (Vaadin Flow, stock components only, so no Node build is needed). Views call
 * freshet-core's services, never repositories.
 */
@NullMarked
package dev.freshet.ui;

import org.jspecify.annotations.NullMarked;
