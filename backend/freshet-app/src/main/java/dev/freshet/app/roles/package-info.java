/** What an instance serves by its roles ({@code freshet.roles}). */
@NullMarked
package dev.freshet.app.roles;

import org.jspecify.annotations.NullMarked;
