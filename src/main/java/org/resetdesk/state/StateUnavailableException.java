package org.resetdesk.state;

/**
 * The shared store did not answer (Redis down or unreachable). Whatever needed it did not happen: a turn that meets
 * this changed nothing, and the user is told to try again. The message names the map, never a key or value.
 */
public final class StateUnavailableException extends RuntimeException {

    public StateUnavailableException(String map, Throwable cause) {
        super("The shared state store is unavailable (" + map + "): " + cause.getClass().getSimpleName(), cause);
    }
}
