/**
 * The domain model: what a host hands in ({@link io.crisisrules.model.Snapshot} and its parts)
 * and what it gets back ({@link io.crisisrules.model.Assessment}: signals, incident, response
 * actions, moderation decisions, each with an {@link io.crisisrules.model.Explanation}). All types
 * are immutable; constructors validate their arguments and name the bad field and value.
 */
package io.crisisrules.model;
