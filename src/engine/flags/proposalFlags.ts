/** Flags about proposals (tiltak / förslag): funding, ownership, economics and scoring. */
import { notFundedKey } from '../../i18n/notFunded';
import { unitsOf } from '../allocate';
import type { Proposal } from '../model';
import { whyNotFunded, type NotFundedReason } from '../prioritise/whyNotFunded';
import type { FlagDraft, FlagInputs } from './types';

const proposalFlag = (
  proposal: Proposal,
  code: FlagDraft['code'],
  cell: string,
  params: FlagDraft['params'],
): FlagDraft => ({
  scope: 'proposal',
  subject: proposal.id,
  code,
  cell,
  params: { id: proposal.id, ...params },
});

/**
 * MANDATORY_UNFUNDED, DEPENDENCY_UNFUNDED and NOT_FUNDED: what the funding plan left out. An
 * Excluded proposal was left out by the council, not by the plan: none of them (v1.1 §11).
 */
export function fundingFlags({ workbook, plan, priorities, format }: FlagInputs): FlagDraft[] {
  const funded = plan.startYears;
  const scores = new Map(priorities.map((p) => [p.id, p.score]));
  const reasons = whyNotFunded(workbook, plan, scores);
  const { roundTo, currency } = workbook.settings;
  const reasonOf = (reason: NotFundedReason): FlagDraft['reason'] => {
    const key = notFundedKey(reason);
    switch (reason.kind) {
      case 'dependency':
        return { key, params: { dependency: reason.dependency } };
      case 'earliestYear':
        return { key, params: { year: reason.year, lastYear: reason.lastYear } };
      case 'leftOut':
        return { key, params: { year: reason.year } };
      case 'investment':
      case 'operating':
        return {
          key,
          params: {
            year: reason.year,
            start: reason.kind === 'operating' ? reason.start : reason.year,
            amount: format.money(unitsOf(reason.overrun, roundTo)),
            currency,
          },
        };
    }
  };
  const years = (workbook.budget ?? []).map((b) => b.year).join(', ');
  const flags: FlagDraft[] = [];
  for (const proposal of workbook.proposals) {
    if (funded.has(proposal.id) || proposal.excluded === true) continue;
    if (proposal.mandatory) {
      flags.push(
        proposalFlag(proposal, 'MANDATORY_UNFUNDED', proposal.cells['Mandatory'] ?? proposal.cell, {
          years,
        }),
      );
    }
    for (const dependency of proposal.dependsOn) {
      if (!funded.has(dependency)) {
        flags.push(
          proposalFlag(
            proposal,
            'DEPENDENCY_UNFUNDED',
            proposal.cells['DependsOn'] ?? proposal.cell,
            {
              dependency,
            },
          ),
        );
      }
    }
    const reason = reasons.get(proposal.id);
    flags.push({
      ...proposalFlag(proposal, 'NOT_FUNDED', proposal.cell, {}),
      ...(reason && { reason: reasonOf(reason) }),
    });
  }
  return flags;
}

/** NO_OWNER and NO_COST_BENEFIT: the governance every measure needs (KnpS, Dalsland). */
export function governanceFlags({ workbook }: FlagInputs): FlagDraft[] {
  const flags: FlagDraft[] = [];
  for (const proposal of workbook.proposals) {
    if (proposal.owner === null) {
      flags.push(
        proposalFlag(proposal, 'NO_OWNER', proposal.cells['Owner'] ?? proposal.cell, {
          subject: proposal.id,
        }),
      );
    }
    if (!proposal.costBenefit) {
      flags.push(
        proposalFlag(
          proposal,
          'NO_COST_BENEFIT',
          proposal.cells['CostBenefit'] ?? proposal.cell,
          {},
        ),
      );
    }
  }
  return flags;
}

/** NEGATIVE_NPV, SCORER_DISAGREEMENT and INCOMPLETE_SCORES, from the prioritisation. */
export function scoringFlags({ workbook, priorities, format }: FlagInputs): FlagDraft[] {
  const { disagreementThreshold, currency } = workbook.settings;
  const byId = new Map(workbook.proposals.map((p) => [p.id, p]));
  const flags: FlagDraft[] = [];
  for (const priority of priorities) {
    const proposal = byId.get(priority.id);
    if (proposal === undefined) continue;
    if (priority.npv < 0) {
      flags.push(
        proposalFlag(proposal, 'NEGATIVE_NPV', proposal.cell, {
          npv: format.decimal(priority.npv, 2),
          currency,
        }),
      );
    }
    if (priority.scorers >= 2 && priority.spread > disagreementThreshold) {
      flags.push(
        proposalFlag(proposal, 'SCORER_DISAGREEMENT', proposal.cell, {
          spread: format.decimal(priority.spread, 2),
          threshold: format.decimal(disagreementThreshold, 2),
        }),
      );
    }
    if (priority.incompleteCriteria.length > 0) {
      flags.push(
        proposalFlag(proposal, 'INCOMPLETE_SCORES', proposal.cell, {
          criteria: priority.incompleteCriteria.join(', '),
        }),
      );
    }
  }
  return flags;
}
