/**
 * The Notion source: webhook events say which page or data source changed (ids only); the agent then
 * fetches the page and its blocks through the Notion API and renders them to text.
 */
@NullMarked
package dev.freshet.connector.notion;

import org.jspecify.annotations.NullMarked;
