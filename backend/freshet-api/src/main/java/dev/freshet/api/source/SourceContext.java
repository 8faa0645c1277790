package dev.freshet.api.source;

import java.util.Optional;

/** What the platform gives a running connector. */
public interface SourceContext {

  /** The id of the source instance, as configured under {@code freshet.sources.<id>}. */
  String sourceId();

  /** The position last committed by {@link #commitPosition}, empty on the very first start. */
  Optional<String> committedPosition();

  /**
   * Stores the connector's resume position durably. Call it only for positions whose events the
   * {@link #sink()} has already accepted. Blocking.
   */
  void commitPosition(String position);

  /** Where the connector sends its events. */
  ChangeSink sink();

  /** The secrets this source learned at run time, kept encrypted by the platform. */
  SourceSecrets secrets();
}
