import { describe, expect, it } from 'vitest';
import type { Account } from '../../../../contracts/auth.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { commonMoves, moverKind, movesFrom } from './reviewer-kind.ts';

const org = (id: string) => ({ id, name: { en: id }, kind: 'company' as const });
const program = {
  operator: org('op'),
  participations: [
    { id: 'p1', role: 'operator', organization: org('op') },
    { id: 'p2', role: 'sending_college', organization: org('college') },
    { id: 'p3', role: 'host_company', organization: org('company') },
  ],
} as unknown as ProgramDetail;
const account = (organizationId: string, role: string) => ({ memberships: [{ organization: { id: organizationId }, role }] }) as unknown as Account;

describe('who moves applications and which moves are offered', () => {
  it('operators and host companies move; coordinators and students only read', () => {
    expect(moverKind(account('op', 'operator_staff'), program)).toBe('operator');
    expect(moverKind(account('company', 'host_company'), program)).toBe('host_company');
    expect(moverKind(account('college', 'college_coordinator'), program)).toBeNull();
    expect(moverKind(account('college', 'student'), program)).toBeNull();
    expect(moverKind(null, program)).toBeNull();
  });

  it('offers the operator screening, withdrawal and decline from applied, with reasons where the pipeline wants them', () => {
    const moves = movesFrom('applied', 'operator');
    expect(moves.map((m) => m.to)).toEqual(['screened', 'withdrawn', 'declined']);
    expect(moves.find((m) => m.to === 'declined')?.reasons).toContain('language_level');
    expect(moves.find((m) => m.to === 'screened')?.reasons).toBeNull();
    // Without donated lectures yet, a screened student goes on to the interviews.
    expect(movesFrom('screened', 'operator').map((m) => m.to)).toContain('interviewee');
    expect(movesFrom('applied', 'host_company')).toEqual([]);
    expect(movesFrom('hired', 'operator')).toEqual([]);
  });

  it('a bulk move offers only what every selected status allows', () => {
    expect(commonMoves(['applied', 'screened'], 'operator').map((m) => m.to)).toEqual(['withdrawn', 'declined']);
    expect(commonMoves([], 'operator')).toEqual([]);
  });

  it('with donated lectures, offers screened → lecture attendee → interviewee instead of the shortcut', () => {
    expect(movesFrom('screened', 'operator', true).map((m) => m.to)).toContain('lecture_attendee');
    expect(movesFrom('screened', 'operator', true).map((m) => m.to)).not.toContain('interviewee');
    expect(movesFrom('screened', 'operator', false).map((m) => m.to)).toContain('interviewee');
    expect(movesFrom('lecture_attendee', 'operator', true).map((m) => m.to)).toContain('interviewee');
  });
});
