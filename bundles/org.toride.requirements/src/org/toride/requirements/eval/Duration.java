/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.eval;

import java.time.LocalDate;
import java.time.Period;

import org.toride.requirements.requirements.DurationUnit;

/** A calendar duration such as {@code 12 months}: months and years follow the calendar, not 30-day blocks. */
public record Duration(long amount, DurationUnit unit) implements Comparable<Duration> {

    /** The date this long before {@code date}. */
    public LocalDate before(LocalDate date) {
        return date.minus(period());
    }

    /** The date this long after {@code date}. */
    public LocalDate after(LocalDate date) {
        return date.plus(period());
    }

    private Period period() {
        return switch (unit) {
            case DAYS -> Period.ofDays(Math.toIntExact(amount));
            case WEEKS -> Period.ofWeeks(Math.toIntExact(amount));
            case MONTHS -> Period.ofMonths(Math.toIntExact(amount));
            case YEARS -> Period.ofYears(Math.toIntExact(amount));
        };
    }

    /** Approximate length in days, for ordering durations of different units. */
    public double approximateDays() {
        return switch (unit) {
            case DAYS -> amount;
            case WEEKS -> amount * 7.0;
            case MONTHS -> amount * 30.436875;
            case YEARS -> amount * 365.2425;
        };
    }

    @Override
    public int compareTo(Duration other) {
        return Double.compare(approximateDays(), other.approximateDays());
    }

    @Override
    public String toString() {
        return amount + " " + unit.getLiteral();
    }
}
