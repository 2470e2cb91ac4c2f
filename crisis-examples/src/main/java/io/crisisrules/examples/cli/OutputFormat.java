package io.crisisrules.examples.cli;

/** How a command prints its results. */
enum OutputFormat {
    json, text
}
