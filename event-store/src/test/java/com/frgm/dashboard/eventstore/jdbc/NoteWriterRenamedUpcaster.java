package com.frgm.dashboard.eventstore.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** Test only: revision 0 of {@link NoteAddedEvent} becomes revision 1 by renaming {@code writer}. */
class NoteWriterRenamedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_0 =
            new SimpleSerializedType(NoteAddedEvent.class.getName(), "0");
    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(NoteAddedEvent.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_0);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_1, JsonNode.class, payload -> {
            ObjectNode note = (ObjectNode) payload;
            note.set("author", note.remove("writer"));
            return note;
        });
    }
}
