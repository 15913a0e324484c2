package io.llmspend.batch.budget;

/** How many budget members a run found in each state. */
record StatusCounts(long members, long warnings, long exceeded, long hardExceeded) {}
