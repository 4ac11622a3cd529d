package com.frgm.dashboard.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that a stored payload may lack: it then reads as null (0 for a number).
 * Every other component of a persisted record must be present, or reading fails; a field that was
 * renamed or dropped without an upcaster is then an error, not a silent null (docs/adr/0016).
 * Prefer an upcaster that writes the field into older payloads; use this only where "absent" is a
 * meaning of its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MayBeAbsent {}
