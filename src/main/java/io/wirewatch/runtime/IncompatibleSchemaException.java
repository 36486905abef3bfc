package io.wirewatch.runtime;

import io.wirewatch.serde.RegistryException;
import org.apache.avro.Schema;

/**
 * The registry rejected one of Wirewatch's schemas as incompatible with what the subject already
 * holds. A breaking change belongs on a new {@code .vN+1} topic.
 */
public class IncompatibleSchemaException extends RuntimeException {
    public IncompatibleSchemaException(String subject, Schema schema, RegistryException cause) {
        super("the registry rejects " + schema.getFullName() + " for subject " + subject
                + " as incompatible with its compatibility rule: " + cause.getMessage()
                + "; a breaking change needs a new topic version (.v2)", cause);
    }
}
