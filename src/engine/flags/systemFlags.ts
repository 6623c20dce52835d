/** Flags about the application portfolio: contracts, owners and cooperation. */
import type { CalendarDate, SystemEntry } from '../model';
import type { FlagDraft, FlagInputs } from './types';

const dayNumber = (d: CalendarDate): number => d.year * 10000 + d.month * 100 + d.day;

/** The date `months` months after 1 January of `year`. */
function monthsAfterNewYear(year: number, months: number): CalendarDate {
  return { year: year + Math.floor(months / 12), month: (months % 12) + 1, day: 1 };
}

const systemFlag = (
  system: SystemEntry,
  code: FlagDraft['code'],
  cell: string,
  params: FlagDraft['params'],
): FlagDraft => ({
  scope: 'system',
  subject: system.system,
  code,
  cell,
  params: { system: system.system, ...params },
});

/**
 * CONTRACT_EXPIRED (before 1 January of the planning year) and CONTRACT_EXPIRING (before
 * `ContractWarningMonths` months after that day). Contracts running out are when Dalsland's
 * policy says cooperation should be considered.
 */
export function contractFlags({ workbook, format }: FlagInputs): FlagDraft[] {
  const { planningYear, contractWarningMonths } = workbook.settings;
  const newYear = dayNumber({ year: planningYear, month: 1, day: 1 });
  const horizon = dayNumber(monthsAfterNewYear(planningYear, contractWarningMonths));
  const flags: FlagDraft[] = [];
  for (const system of workbook.systems) {
    const expiry = system.contractExpiry;
    if (expiry === null) continue;
    const cell = system.cells['ContractExpiry'] ?? system.cell;
    const day = dayNumber(expiry);
    if (day < newYear) {
      flags.push(systemFlag(system, 'CONTRACT_EXPIRED', cell, { date: format.date(expiry) }));
    } else if (day < horizon) {
      flags.push(
        systemFlag(system, 'CONTRACT_EXPIRING', cell, {
          date: format.date(expiry),
          months: contractWarningMonths,
          year: planningYear,
        }),
      );
    }
  }
  return flags;
}

/** NO_OWNER: every application needs a systemeier / systemägare (Dalsland's IT policy). */
export function systemOwnerFlags({ workbook }: FlagInputs): FlagDraft[] {
  return workbook.systems
    .filter((system) => system.owner === null)
    .map((system) =>
      systemFlag(system, 'NO_OWNER', system.cells['Owner'] ?? system.cell, {
        subject: system.system,
      }),
    );
}

/**
 * COOPERATION_CANDIDATE: a system used by two or more municipalities whose cooperation level is
 * given and below 5 (5 = one shared solution). A blank level says nothing, so raises nothing.
 */
export function cooperationFlags({ workbook }: FlagInputs): FlagDraft[] {
  const everyone = workbook.municipalities.length;
  return workbook.systems
    .filter((system) => {
      const users = system.participants?.length ?? everyone;
      return users >= 2 && system.cooperationLevel !== null && system.cooperationLevel < 5;
    })
    .map((system) =>
      systemFlag(system, 'COOPERATION_CANDIDATE', system.cells['CooperationLevel'] ?? system.cell, {
        users: system.participants?.length ?? everyone,
        level: system.cooperationLevel ?? '',
      }),
    );
}
