package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.model.Hca;
import io.hcastudio.model.identity.FunctionIdRange;
import io.hcastudio.model.templates.ElementTemplates;

/** The one grammar for function ids and ranges, and the one set of limits. */
class FunctionIdRangeTest {

    @Test
    void readsOneIdOrARange() {
        assertEquals(new FunctionIdRange(3, 3), FunctionIdRange.parse("3", 64));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), FunctionIdRange.parse("1-8", 64).ids());
        assertEquals(new FunctionIdRange(0, 2), FunctionIdRange.parse(" 0 - 2 ", 64), "blanks around the dash are fine");
        assertEquals(new FunctionIdRange(0, 126), FunctionIdRange.parse("0-126", 126));
        assertEquals(5, FunctionIdRange.parseId("5", 64));
        assertEquals("1-8", FunctionIdRange.parse("1-8", 64).toString());
        assertEquals("3", FunctionIdRange.parse("3", 64).toString());
    }

    @Test
    void malformedTextIsNamedWithTheExpectedForm() {
        for (String text : List.of("x", "1-", "-1", "1-8-9", "0x3", "1,2", "3.0")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> FunctionIdRange.parse(text, 64));
            assertEquals("'" + text + "' is not a function id or range: expected a function id or a range such as 1-8, from 0 to 64",
                    error.getMessage());
        }
        assertEquals("no function id: expected a function id or a range such as 1-8, from 0 to 64",
                assertThrows(IllegalArgumentException.class, () -> FunctionIdRange.parse(" ", 64)).getMessage());
        assertEquals("no function id: expected a function id or a range such as 1-4, from 0 to 4",
                assertThrows(IllegalArgumentException.class, () -> FunctionIdRange.parse(null, 4)).getMessage());
    }

    @Test
    void reversedAndOneIdWhereOneIsExpectedAreErrors() {
        assertEquals("function id range 8-1 is empty: the first id must not exceed the last",
                assertThrows(IllegalArgumentException.class, () -> FunctionIdRange.parse("8-1", 64)).getMessage());
        assertEquals("'1-8' is a range where one function id is expected",
                assertThrows(IllegalArgumentException.class, () -> FunctionIdRange.parseId("1-8", 64)).getMessage());
    }

    @Test
    void idsBeyondTheLimitAreErrors() {
        assertEquals("function id 99 is beyond 64, the highest this HCA allows (its VF limit, at most 126 on mlx4)",
                assertThrows(IllegalArgumentException.class, () -> FunctionIdRange.parse("1-99", 64)).getMessage());
        String huge = "123456789012345678901234";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FunctionIdRange.parse(huge, 64)).getMessage()
                .startsWith("function id " + huge + " is beyond 64"));
        assertThrows(IllegalArgumentException.class, () -> FunctionIdRange.parse("1", 0));
        assertEquals("function id 0 (the HCA allows no VFs)", FunctionIdRange.form(0));
    }

    @Test
    void theLimitIsTheHcasVfLimitCappedAtWhatMlx4Supports() {
        Hca hca = ElementTemplates.connectX3(2, 8);
        assertEquals(126, FunctionIdRange.MAX_VIRTUAL_FUNCTIONS);
        assertEquals(64, FunctionIdRange.highestFunctionId(hca), "the model's default VF limit");
        assertEquals(56, FunctionIdRange.spareVirtualFunctions(hca));
        hca.setMaxVirtualFunctions(200);
        assertEquals(126, FunctionIdRange.highestFunctionId(hca));
        assertEquals(118, FunctionIdRange.spareVirtualFunctions(hca));
        hca.setMaxVirtualFunctions(4);
        assertEquals(0, FunctionIdRange.spareVirtualFunctions(hca), "never negative");
        hca.setMaxVirtualFunctions(-1);
        assertEquals(0, FunctionIdRange.highestFunctionId(hca));
    }

    @Test
    void rangesAreNeverEmptyOrNegative() {
        assertThrows(IllegalArgumentException.class, () -> new FunctionIdRange(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new FunctionIdRange(4, 3));
    }
}
