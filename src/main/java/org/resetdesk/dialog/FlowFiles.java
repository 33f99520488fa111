package org.resetdesk.dialog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.resetdesk.text.InvalidContentException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads every {@code flows/*.yaml} of the dialogs folder: from disk when the folder has a {@code flows} directory,
 * else the copies packaged on the classpath under {@code dialogs/flows/}. Files are read in name order.
 */
final class FlowFiles {

    static final String FOLDER = "flows";
    private static final String PACKAGED = "classpath*:dialogs/" + FOLDER + "/*.yaml";

    private FlowFiles() {
    }

    static List<FlowDefinition> read(Path dialogsDir) {
        Path onDisk = dialogsDir.resolve(FOLDER);
        return Files.isDirectory(onDisk) ? fromDisk(dialogsDir, onDisk) : packaged(dialogsDir);
    }

    private static List<FlowDefinition> fromDisk(Path dialogsDir, Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".yaml"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
        List<FlowDefinition> flows = new ArrayList<>();
        for (Path file : files) {
            String name = shown(dialogsDir, file.getFileName().toString());
            try {
                try (InputStream in = Files.newInputStream(file)) {
                    flows.add(FlowParser.parse(name, in));
                }
            } catch (IOException e) {
                throw new InvalidContentException(name + ": cannot be read", e);
            }
        }
        return flows;
    }

    private static List<FlowDefinition> packaged(Path dialogsDir) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(FlowFiles.class.getClassLoader())
                    .getResources(PACKAGED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + PACKAGED, e);
        }
        List<Resource> sorted = new ArrayList<>(List.of(resources));
        sorted.sort(Comparator.comparing(resource -> String.valueOf(resource.getFilename())));
        List<FlowDefinition> flows = new ArrayList<>();
        for (Resource resource : sorted) {
            String name = shown(dialogsDir, resource.getFilename());
            try {
                try (InputStream in = resource.getInputStream()) {
                    flows.add(FlowParser.parse(name, in));
                }
            } catch (IOException e) {
                throw new InvalidContentException(name + ": cannot be read", e);
            }
        }
        return flows;
    }

    private static String shown(Path dialogsDir, String fileName) {
        return dialogsDir.getFileName() + "/" + FOLDER + "/" + fileName;
    }
}
