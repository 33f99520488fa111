package org.resetdesk.dialog;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.MessageCatalog;

/** Builds a validated {@link DialogEngine} from a dialogs folder. */
public final class DialogEngines {

    private DialogEngines() {
    }

    /**
     * Reads {@code dialogsDir/flows/*.yaml} (or the packaged copies) and validates them against the steps and the
     * messages.
     *
     * @throws InvalidContentException naming the file and state of the first problem found
     */
    public static DialogEngine load(Path dialogsDir, MessageCatalog messages, Collection<? extends DialogStep> steps) {
        return load(dialogsDir, messages, steps, CommandPhrases.NONE);
    }

    /** As {@link #load(Path, MessageCatalog, Collection)}; no secret answer may be one of {@code commands}. */
    public static DialogEngine load(Path dialogsDir, MessageCatalog messages, Collection<? extends DialogStep> steps,
            CommandPhrases commands) {
        return build(FlowFiles.read(dialogsDir), dialogsDir.getFileName().toString(), messages, steps, commands);
    }

    static DialogEngine build(List<FlowDefinition> flows, String folderName, MessageCatalog messages,
            Collection<? extends DialogStep> steps) {
        return build(flows, folderName, messages, steps, CommandPhrases.NONE);
    }

    static DialogEngine build(List<FlowDefinition> flows, String folderName, MessageCatalog messages,
            Collection<? extends DialogStep> steps, CommandPhrases commands) {
        Map<String, DialogStep> byId = new LinkedHashMap<>();
        for (DialogStep step : steps) {
            DialogStep other = byId.putIfAbsent(step.id(), step);
            if (other != null) {
                throw new IllegalStateException("Two dialog steps have the id '" + step.id() + "': "
                        + other.getClass().getName() + " and " + step.getClass().getName());
            }
        }
        DialogMessages.check(messages, folderName);
        new FlowValidator(byId, messages, folderName).validate(flows);
        return new DialogEngine(flows, byId, messages, commands);
    }
}
