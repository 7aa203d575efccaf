/** Where ingested articles and their events live: an embedded DuckDB file and a Lucene index beside it. */
package org.veille.store;
