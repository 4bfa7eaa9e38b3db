// What the discussion agrees, as entries (Said): each part of an agreed clause that asks for something, kept apart so every reading of the discussion shares it.
import { namesBody, type OwnBody } from './bodies.js';
import { classify, conditional, type Decision } from './classify.js';
import { splitDecisions } from './coordination.js';
import { HEDGING } from './lexicon.js';
import type { People } from './people.js';

export interface Said {
  /** The words that carry the agreement ("a report would be brought to committee …"). */
  text: string;
  decision: Decision;
  /** Who agreed, undertook or was asked, when the sentence names them outside the clause. */
  agent: string | null;
  /** How sure: 0.6 for an agreement or undertaking, 0.5 for a future arrangement that names this body. */
  confidence: number;
}

export interface Context {
  own: OwnBody;
  people: People;
  /** The minutes record decisions under keywords elsewhere: bare future passives are then others' plans, not the body's. */
  formal: boolean;
}

/** A reason given after the decision, set off by a comma: ", as …", ", because …", ", since …", ", so that …". */
export const REASON_AFTER = /,\s+(?:as|because|since|so\s+that)\s+[^,;]*[.;]?\s*$/i;

function worthy(decision: Decision): boolean {
  return decision.category !== 'noted';
}

/** The parts of `what` that ask for something, each as said by `agent` with `confidence`. */
export function agreedParts(what: string, agent: string | null, confidence: number, own: OwnBody): Said[] {
  const out: Said[] = [];
  for (const part of splitDecisions(what)) {
    // (a hedge in the reason given after it does not hedge the decision: "deferred …, as the members wished to consult")
    const main = part.replace(REASON_AFTER, '');
    if (HEDGING.test(main) || conditional(main)) continue;
    let decision = classify(part, own);
    if (!worthy(decision)) continue;
    // someone who undertakes to send a paper to another body runs an errand; a recommendation is a body's to make
    if (
      decision.category === 'recommendation' &&
      agent &&
      !namesBody(agent) &&
      !/\bfor\s+(?:its\s+|their\s+)?(?:approval|decision|adoption|consideration|determination)\b/i.test(part)
    )
      decision = { ...decision, category: 'action' };
    // a recording verb by this body ("agreed to note …") is not an action
    out.push({ text: part, decision, agent, confidence });
  }
  return out;
}
