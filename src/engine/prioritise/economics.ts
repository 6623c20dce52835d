/**
 * The economics of one proposal (contract §5): net present value, benefit/cost ratio and payback.
 * These are estimates for the council, not money that is split, so floats are right here; the
 * output layer rounds them for display.
 */
import type { Proposal } from '../model';
import { div, sub, toNumber } from '../rational';

export interface Economics {
  /** Nåverdi / nuvärde: −OneOffCost + the discounted net annual benefit over the lifetime. */
  readonly npv: number;
  /** PV(benefits) / (OneOffCost + PV(annual costs)); null when that denominator is 0. */
  readonly bcr: number | null;
  /** Years until the one-off cost is earned back; null unless the net annual benefit is positive. */
  readonly payback: number | null;
}

/** Σ_{t=1..years} 1/(1+rate)^t: what a payment of 1 a year for `years` years is worth today. */
export function annuityFactor(rate: number, years: number): number {
  let factor = 0;
  let discount = 1;
  for (let t = 1; t <= years; t += 1) {
    discount /= 1 + rate;
    factor += discount;
  }
  return factor;
}

/** NPV, BCR and payback of `proposal` at `discountRate` (a fraction: 4 % → 0.04). */
export function economics(proposal: Proposal, discountRate: number): Economics {
  const factor = annuityFactor(discountRate, proposal.lifetime);
  const oneOff = toNumber(proposal.oneOffCost);
  const benefit = toNumber(proposal.annualBenefit);
  const cost = toNumber(proposal.annualCost);
  const denominator = oneOff + cost * factor;
  // The net benefit and the payback are exact until the final conversion, so 1/3 is not 0.333…4.
  const net = sub(proposal.annualBenefit, proposal.annualCost);
  return {
    npv: -oneOff + (benefit - cost) * factor,
    bcr: denominator === 0 ? null : (benefit * factor) / denominator,
    payback: net.num > 0n ? toNumber(div(proposal.oneOffCost, net)) : null,
  };
}
