package org.marsad.gateway.stream;

/**
 * One client's place in the stream while it is connected: moves past each record it is given, drops records it
 * already had (where a replay and the live queue could meet), and names its place as the next event id.
 * Used by one subscriber, whose signals are serialised: no locking.
 */
public final class StreamCursor {

    private StreamPosition position;

    public StreamCursor(StreamPosition start) {
        this.position = start;
    }

    /** True, and the cursor moves past it, when the client has not had this record yet. */
    public boolean advance(StreamEvent event) {
        if (!position.isAhead(event.partition(), event.offset())) {
            return false;
        }
        position = position.after(event.partition(), event.offset());
        return true;
    }

    /** Jumps forward, past records the client will not be given (after a reset). */
    public void moveTo(StreamPosition later) {
        position = later.orElse(position);
    }

    public String eventId() {
        return position.encode();
    }
}
