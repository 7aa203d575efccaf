package org.veille.store;

/** The store could not do what was asked; the transaction, if any, was rolled back. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
