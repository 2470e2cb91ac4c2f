/**
 * Implementation details behind the facade: rule loading and compilation, the evaluation session,
 * evidence resolution. Not an API; may change in any release.
 */
package io.crisisrules.internal;
