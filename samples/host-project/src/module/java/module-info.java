/** The host as a named module: the library's API is io.crisisrules.core's exported packages. */
module com.example.host {
    requires io.crisisrules.core;
}
