/** The HTTP read API over an event store, the token-guarded ingest endpoint, and the dashboard. */
package org.veille.server;
