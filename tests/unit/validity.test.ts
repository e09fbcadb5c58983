import { describe, expect, it } from 'vitest';
import { effectiveValidity, vietnamToday } from '@qn/content';

describe('legal document validity', () => {
  const today = '2026-11-29';

  it('marks a document past its expiry date as expired, whatever was recorded', () => {
    expect(effectiveValidity({ validity: 'in_force', effectiveOn: '2020-01-01', expiresOn: '2025-12-31' }, today)).toBe('expired');
  });

  it('keeps replaced and expired documents as recorded', () => {
    expect(effectiveValidity({ validity: 'replaced', expiresOn: '2030-01-01' }, today)).toBe('replaced');
    expect(effectiveValidity({ validity: 'expired' }, today)).toBe('expired');
  });

  it('tells documents not yet in force from those that have come into force', () => {
    expect(effectiveValidity({ validity: 'in_force', effectiveOn: '2027-01-01' }, today)).toBe('not_yet_in_force');
    expect(effectiveValidity({ validity: 'not_yet_in_force', effectiveOn: '2026-11-01' }, today)).toBe('in_force');
    expect(effectiveValidity({ validity: 'partly_in_force', effectiveOn: '2026-01-01' }, today)).toBe('partly_in_force');
    // Recorded as not yet in force with no date yet: it stays so until a date is given.
    expect(effectiveValidity({ validity: 'not_yet_in_force' }, today)).toBe('not_yet_in_force');
  });

  it("takes today's date in Vietnam, seven hours ahead of UTC", () => {
    expect(vietnamToday(new Date('2026-11-29T16:59:00Z'))).toBe('2026-11-29');
    expect(vietnamToday(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
  });
});
