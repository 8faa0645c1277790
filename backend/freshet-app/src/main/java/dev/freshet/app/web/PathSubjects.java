package dev.freshet.app.web;

/** Subjects taken from the rest of a URL path ({@code /{*subject}}), which Spring hands over with a leading slash. */
final class PathSubjects {

  private PathSubjects() {}

  static String of(String capturedPath) {
    return capturedPath.startsWith("/") ? capturedPath.substring(1) : capturedPath;
  }
}
