package io.crisisrules.rules;

import io.crisisrules.internal.RuleSources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index that lets the library find its rules in any packaging lists exactly the DRL files. */
class RulesIndexTest {
    private static final Path ROOT = Path.of("src/main/resources/io/crisisrules/rules");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;?");

    @Test
    void index_lists_every_drl_file_of_the_rules_folder_and_nothing_else() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(ROOT)) {
            onDisk = files.filter(file -> file.toString().endsWith(".drl"))
                    .map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        List<String> indexed = RuleSources.readIndex(getClass().getClassLoader()).stream().sorted().toList();
        assertThat(indexed).containsExactlyElementsOf(onDisk);
    }

    @Test
    void each_file_declares_the_package_of_its_folder_and_has_a_kebab_case_name() throws IOException {
        for (String path : RuleSources.readIndex(getClass().getClassLoader())) {
            String content = Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
            Matcher matcher = PACKAGE.matcher(content);
            assertThat(matcher.find()).as("package declaration in %s", path).isTrue();
            String folder = path.substring(0, path.lastIndexOf('/')).replace('/', '.');
            assertThat(matcher.group(1)).as("package of %s", path).isEqualTo("io.crisisrules.rules." + folder);
            assertThat(path.substring(path.lastIndexOf('/') + 1)).matches("[a-z0-9]+(-[a-z0-9]+)*\\.drl");
        }
    }
}
