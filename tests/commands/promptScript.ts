// Answers to @inquirer/prompts' questions, given in order as a clerk would type them. Each step
// names the kind of question and a pattern its message must match, so a test fails when the
// review asks something other than what the script expects. Use with:
//   vi.mock('@inquirer/prompts', () => promptsAnswering(script));
export type Kind = 'select' | 'input' | 'confirm';

interface Question {
  message: string;
  default?: unknown;
  choices?: { name: string; value: unknown }[];
  validate?: (value: string) => true | string | Promise<true | string>;
}

type Answer = unknown | ((question: Question) => unknown);

export interface Step {
  kind: Kind;
  message: RegExp;
  answer: Answer;
}

export interface Script {
  steps: Step[];
  /** Every question asked, as "kind: message", for a failing test to show. */
  asked: string[];
}

/** The answer that takes the question's default (Enter). */
export const ENTER = Symbol('enter');
/** The answer that is Ctrl-C. */
export const CTRL_C = Symbol('ctrl-c');

/** A select answered by the choice whose label matches. */
export const choose = (label: RegExp) => (question: Question) => {
  const choice = question.choices?.find((c) => label.test(c.name));
  if (!choice) throw new Error(`no choice matching ${label} in: ${question.choices?.map((c) => c.name).join(' | ')}`);
  return choice.value;
};

export const select = (message: RegExp, answer: Answer): Step => ({ kind: 'select', message, answer });
export const input = (message: RegExp, answer: Answer): Step => ({ kind: 'input', message, answer });
export const confirm = (message: RegExp, answer: Answer): Step => ({ kind: 'confirm', message, answer });

export function promptsAnswering(script: Script) {
  const ask = (kind: Kind) => async (question: Question) => {
    script.asked.push(`${kind}: ${question.message}`);
    const step = script.steps.shift();
    if (!step) throw new Error(`the script has no answer for ${kind}: ${question.message}`);
    if (step.kind !== kind || !step.message.test(question.message))
      throw new Error(`expected ${step.kind} ${step.message}, was asked ${kind}: ${question.message}`);
    if (step.answer === CTRL_C)
      throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const answer =
      step.answer === ENTER
        ? question.default
        : typeof step.answer === 'function'
          ? (step.answer as (q: Question) => unknown)(question)
          : step.answer;
    if (kind === 'select' && !question.choices?.some((c) => c.value === answer))
      throw new Error(`${String(answer)} is not a choice of: ${question.message}`);
    if (kind === 'input' && question.validate) {
      const verdict = await question.validate(String(answer ?? ''));
      if (verdict !== true)
        throw new Error(`the review refused "${String(answer)}" for ${question.message}: ${verdict}`);
    }
    return kind === 'input' ? String(answer ?? '') : answer;
  };
  return { select: ask('select'), input: ask('input'), confirm: ask('confirm') };
}
