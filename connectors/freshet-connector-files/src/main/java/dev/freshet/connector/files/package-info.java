/**
 * The files source: a watched directory of Markdown and text files, one document per file. It is the
 * example a connector author copies: built against {@code freshet-api} only, push-based (the operating
 * system's watch service, no polling loop), with a reconcile scan at start-up so changes made while
 * Freshet was down are not missed, and positions committed only after the sink accepted the events.
 */
@NullMarked
package dev.freshet.connector.files;

import org.jspecify.annotations.NullMarked;
