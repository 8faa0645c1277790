/**
 * The GitHub source: {@code push} webhooks say which files of a repository changed; the agent then
 * fetches each file's current content through the REST contents API.
 */
@NullMarked
package dev.freshet.connector.github;

import org.jspecify.annotations.NullMarked;
