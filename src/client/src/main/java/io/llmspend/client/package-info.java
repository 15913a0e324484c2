/**
 * The embeddable llmspend library: the live budget guard and per-function cost tracking for
 * applications. It depends on {@code llmspend-core} only (no Spring Batch, DuckDB, POI or H2).
 */
package io.llmspend.client;
