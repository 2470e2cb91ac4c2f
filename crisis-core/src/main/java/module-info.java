/**
 * crisis-rules' engine: the facade {@link io.crisisrules.CrisisEngine}, the model, settings,
 * moderation SPI, texts and policy invariants, plus what DRL rules are written with (the facts they
 * infer and the functions they call). The engine's internals and the input checks are not exported
 * (the checks only to the library's command-line tool); Drools stays behind the facade.
 */
module io.crisisrules.core {
    requires org.kie.api;
    requires org.drools.model.codegen;
    requires org.slf4j;
    requires com.github.benmanes.caffeine;
    // Drools' jars are automatic modules, which declare no requirements of their own: the platform
    // modules they use are named here so that they are resolved on the module path
    requires java.sql;
    requires java.xml;
    requires java.management;
    requires java.naming;

    exports io.crisisrules;
    exports io.crisisrules.model;
    exports io.crisisrules.moderation;
    exports io.crisisrules.settings;
    exports io.crisisrules.text;
    exports io.crisisrules.invariants;
    // the rule-authoring API: rules match and insert facts and call functions from any module
    exports io.crisisrules.facts;
    exports io.crisisrules.functions;
    // the input checks: to the command-line tool, and to crisis-json (its duration syntax) on the module path
    exports io.crisisrules.checks to io.crisisrules.examples, io.crisisrules.json;
}
