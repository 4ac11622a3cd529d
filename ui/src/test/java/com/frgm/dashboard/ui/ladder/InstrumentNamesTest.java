package com.frgm.dashboard.ui.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InstrumentNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ZNH27", "z", "ZN H27", "CME:ZN.H27", "ZN/H27", "ZN_H27-X", "0"})
    void acceptsSymbolCharacters(String name) {
        assertThat(InstrumentNames.requireValid(name)).isEqualTo(name);
    }

    @Test
    void accepts64CharactersButNot65() {
        assertThat(InstrumentNames.requireValid("A".repeat(64))).hasSize(64);
        assertThatThrownBy(() -> InstrumentNames.requireValid("A".repeat(65)))
                .isInstanceOf(InvalidInstrumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ZN<H27>", "ZN\"H27", "ZN'H27", "ZN%H27", "ZN\nH27", "ZN\tH27", "ZN;H27", "ZÑH27"})
    void rejectsAnythingElse(String name) {
        assertThatThrownBy(() -> InstrumentNames.requireValid(name))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessageContaining("1 to 64 characters");
    }
}
