package dev.freshet.app.web;

/** A requested resource does not exist: answered with 404 and the message. */
class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}
