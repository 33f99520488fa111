package org.resetdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.resetdesk.content.ContentFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a YAML mapping from the dialogs folder (disk first, then the packaged copy) with the safe constructor. */
public final class YamlFiles {

    private YamlFiles() {
    }

    public static Map<String, Object> readMap(Path folder, String relative) {
        String name = folder.getFileName() + "/" + relative;
        try (InputStream in = ContentFiles.open(folder, "dialogs", relative)
                .orElseThrow(() -> new InvalidContentException(name + ": file not found"))) {
            return mapping(name, new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (YAMLException e) {
            throw new InvalidContentException(name + ": not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidContentException(name + ": cannot be read", e);
        }
    }

    /** Parses {@code text} (the file {@code name}) as a YAML mapping. */
    public static Map<String, Object> parse(String name, String text) {
        try {
            return mapping(name, new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
        } catch (YAMLException e) {
            throw new InvalidContentException(name + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> mapping(String name, Object loaded) {
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new InvalidContentException(name + ": expected a mapping at the top level");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        return typed;
    }
}
